package dev.contactsapi.address;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.contactsapi.web.Timestamps;

/**
 * Addresses of a company. Every method takes the calling company's id, and another
 * company's address does not exist for it.
 */
@Service
@Transactional(readOnly = true)
public class AddressService {

	private final AddressRepository addresses;

	private final Clock clock;

	AddressService(AddressRepository addresses, Clock clock) {
		this.addresses = addresses;
		this.clock = clock;
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
		return this.addresses.findByCompanyIdAndId(companyId, id)
			.map(Address::toView)
			.orElseThrow(AddressNotFound::new);
	}

	/**
	 * The address, or empty when the company has none with that id.
	 */
	public Optional<AddressView> find(long companyId, long id) {
		return this.addresses.findByCompanyIdAndId(companyId, id).map(Address::toView);
	}

	public boolean exists(long companyId, long id) {
		return this.addresses.existsByCompanyIdAndId(companyId, id);
	}

	/**
	 * The company's addresses among those ids, in id order; ids it does not have are
	 * skipped.
	 */
	public List<AddressView> findAll(long companyId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.addresses.findByCompanyIdAndIdInOrderById(companyId, ids).stream().map(Address::toView).toList();
	}

}
