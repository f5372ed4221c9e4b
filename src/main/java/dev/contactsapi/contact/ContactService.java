package dev.contactsapi.contact;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.contactsapi.address.AddressService;
import dev.contactsapi.address.AddressView;
import dev.contactsapi.company.VisibleIds;
import dev.contactsapi.search.SearchQuery;
import dev.contactsapi.web.Paging;
import dev.contactsapi.web.Timestamps;

/**
 * Contacts of a company. Every method takes the calling company's id, and another
 * company's contact does not exist for it. References to addresses and clients are
 * checked by the database's foreign keys, which also name the company, so a contact can
 * only ever point at records of its own company.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

	private static final Sort BY_VISIBLE_ID = Sort.by("visibleId");

	private final ContactRepository contacts;

	private final AddressService addresses;

	private final VisibleIds visibleIds;

	private final Clock clock;

	ContactService(ContactRepository contacts, AddressService addresses, VisibleIds visibleIds, Clock clock) {
		this.contacts = contacts;
		this.addresses = addresses;
		this.visibleIds = visibleIds;
		this.clock = clock;
	}

	/**
	 * One page of the company's contacts that match the search, by visibleId.
	 */
	Page<ContactItem> list(long companyId, SearchQuery search, Paging paging) {
		Specification<Contact> ofCompany = (root, query, builder) -> builder.equal(root.get("companyId"), companyId);
		Specification<Contact> matching = search.isEmpty() ? ofCompany : ofCompany.and(search.matching("searchText"));
		return this.contacts.findAll(matching, paging.toPageable(BY_VISIBLE_ID)).map(Contact::toItem);
	}

	/**
	 * The contact with its address.
	 * @throws ContactNotFound when the company has no contact with that visibleId
	 */
	ContactView get(long companyId, long visibleId) {
		return toView(companyId, find(companyId, visibleId));
	}

	@Transactional
	ContactView create(long companyId, ContactForm form) {
		return toView(companyId, insert(companyId, form.applyTo(ContactDetails.NONE)));
	}

	/**
	 * Creates a contact of that client, in the caller's transaction: the client's create
	 * uses it so that both are made or neither. The form's {@code clientVisibleId} is
	 * ignored.
	 * @throws org.springframework.dao.DataIntegrityViolationException when the address or
	 * client does not exist for the company
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void createForClient(long companyId, long clientVisibleId, ContactForm form) {
		insert(companyId, form.applyTo(ContactDetails.NONE).withClient(clientVisibleId));
	}

	/**
	 * Makes the contact belong to that client, whichever client it belonged to before, in
	 * the caller's transaction.
	 * @return {@code false} when the company has no contact with that visibleId
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean assignToClient(long companyId, long visibleId, long clientVisibleId) {
		Optional<Contact> found = this.contacts.lockByCompanyIdAndVisibleId(companyId, visibleId);
		found.ifPresent((contact) -> {
			if (contact.update(contact.details().withClient(clientVisibleId), this.clock)) {
				this.contacts.flush();
			}
		});
		return found.isPresent();
	}

	/**
	 * Changes the fields the form sent and leaves the others.
	 * @throws ContactNotFound when the company has no contact with that visibleId
	 */
	@Transactional
	ContactView edit(long companyId, long visibleId, ContactForm form) {
		Contact contact = lock(companyId, visibleId);
		if (contact.update(form.applyTo(contact.details()), this.clock)) {
			this.contacts.flush();
		}
		return toView(companyId, contact);
	}

	/**
	 * Deletes the contact for good; its visibleId is not handed out again.
	 * @throws ContactNotFound when the company has no contact with that visibleId
	 */
	@Transactional
	void delete(long companyId, long visibleId) {
		this.contacts.delete(lock(companyId, visibleId));
	}

	/**
	 * The contacts of one client, by visibleId.
	 */
	public List<ContactItem> findByClient(long companyId, long clientVisibleId) {
		return this.contacts.findByCompanyIdAndClientVisibleIdOrderByVisibleId(companyId, clientVisibleId)
			.stream()
			.map(Contact::toItem)
			.toList();
	}

	private Contact insert(long companyId, ContactDetails details) {
		Contact contact = new Contact(companyId, this.visibleIds.nextContactId(companyId), details,
				Timestamps.now(this.clock));
		return this.contacts.saveAndFlush(contact);
	}

	private Contact lock(long companyId, long visibleId) {
		return this.contacts.lockByCompanyIdAndVisibleId(companyId, visibleId).orElseThrow(ContactNotFound::new);
	}

	private Contact find(long companyId, long visibleId) {
		return this.contacts.findByCompanyIdAndVisibleId(companyId, visibleId).orElseThrow(ContactNotFound::new);
	}

	private ContactView toView(long companyId, Contact contact) {
		AddressView address = (contact.getAddressId() != null)
				? this.addresses.find(companyId, contact.getAddressId()).orElse(null) : null;
		return new ContactView(contact.toItem(), address);
	}

}
