package dev.contactsapi.address;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.contactsapi.search.SearchQuery;
import dev.contactsapi.web.Paging;
import dev.contactsapi.web.Timestamps;

/**
 * Addresses of a company. Every method takes the calling company's id, and another
 * company's address does not exist for it.
 */
@Service
@Transactional(readOnly = true)
public class AddressService {

	private static final Logger logger = LoggerFactory.getLogger(AddressService.class);

	private static final Sort BY_ID = Sort.by("id");

	private final AddressRepository addresses;

	private final Clock clock;

	AddressService(AddressRepository addresses, Clock clock) {
		this.addresses = addresses;
		this.clock = clock;
	}

	/**
	 * One page of the company's addresses that match the search, by id.
	 */
	Page<AddressView> list(long companyId, SearchQuery search, Paging paging) {
		Specification<Address> ofCompany = (root, query, builder) -> builder.equal(root.get("companyId"), companyId);
		Specification<Address> matching = search.isEmpty() ? ofCompany : ofCompany.and(search.matching("searchText"));
		return this.addresses.findAll(matching, paging.toPageable(BY_ID)).map(Address::toView);
	}

	@Transactional
	AddressView create(long companyId, AddressForm form) {
		Address address = new Address(companyId, form.applyTo(AddressDetails.NONE), Timestamps.now(this.clock));
		return this.addresses.save(address).toView();
	}

	/**
	 * The address.
	 * @throws AddressNotFound when the company has no address with that id
	 */
	AddressView get(long companyId, long id) {
		return find(companyId, id).orElseThrow(AddressNotFound::new);
	}

	/**
	 * Changes the fields the form sent and leaves the others.
	 * @throws AddressNotFound when the company has no address with that id
	 */
	@Transactional
	AddressView edit(long companyId, long id, AddressForm form) {
		Address address = this.addresses.lockByCompanyIdAndId(companyId, id).orElseThrow(AddressNotFound::new);
		if (address.update(form.applyTo(address.details()), this.clock)) {
			this.addresses.flush();
		}
		return address.toView();
	}

	/**
	 * Deletes the address for good, unless a contact or client points at it. The address
	 * is locked first, so a contact or client being linked to it at the same moment
	 * either links before the count (and the delete is refused) or waits and then finds
	 * the address gone (and its own change is refused).
	 * @throws AddressNotFound when the company has no address with that id
	 * @throws AddressInUse when contacts or clients still point at it
	 */
	@Transactional
	void delete(long companyId, long id) {
		this.addresses.lockForDelete(companyId, id).orElseThrow(AddressNotFound::new);
		long contacts = this.addresses.countContactsUsing(companyId, id);
		long clients = this.addresses.countClientsUsing(companyId, id);
		if (contacts + clients > 0) {
			throw new AddressInUse(contacts, clients);
		}
		// The lock makes a refusal here impossible while every reference is a foreign key
		// checked at once, as in the schema today. Should that change, the delete still
		// answers 409, not the 400 that a refused reference gets from
		// ApiExceptionHandler.
		try {
			this.addresses.deleteByCompanyIdAndId(companyId, id);
		}
		catch (DataIntegrityViolationException ex) {
			logger.warn("The database refused to delete address {} although nothing pointed at it", id);
			throw new AddressInUse();
		}
	}

	/**
	 * The address, or empty when the company has none with that id.
	 */
	public Optional<AddressView> find(long companyId, long id) {
		return this.addresses.findByCompanyIdAndId(companyId, id).map(Address::toView);
	}

	/**
	 * Whether the company has an address with that id.
	 */
	public boolean exists(long companyId, long id) {
		return this.addresses.existsByCompanyIdAndId(companyId, id);
	}

	/**
	 * The company's addresses among those ids, in the order of the ids; ids it does not
	 * have are skipped.
	 */
	public List<AddressView> findAll(long companyId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, AddressView> byId = this.addresses.findByCompanyIdAndIdIn(companyId, ids)
			.stream()
			.map(Address::toView)
			.collect(Collectors.toMap(AddressView::id, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

}
