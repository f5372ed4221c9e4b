package dev.contactsapi.client;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.contactsapi.address.AddressService;
import dev.contactsapi.address.AddressView;
import dev.contactsapi.company.VisibleIds;
import dev.contactsapi.contact.ContactForm;
import dev.contactsapi.contact.ContactItem;
import dev.contactsapi.contact.ContactService;
import dev.contactsapi.web.FieldIssue;
import dev.contactsapi.web.InvalidRequest;
import dev.contactsapi.web.Paging;
import dev.contactsapi.web.Timestamps;

/**
 * Clients of a company. Every method takes the calling company's id, and another
 * company's client does not exist for it. As for contacts, the database's foreign keys
 * (which name the company) keep a client's address one of its own company's.
 */
@Service
@Transactional(readOnly = true)
class ClientService {

	private static final Sort BY_VISIBLE_ID = Sort.by("visibleId");

	private final ClientRepository clients;

	private final ContactService contacts;

	private final AddressService addresses;

	private final VisibleIds visibleIds;

	private final Clock clock;

	ClientService(ClientRepository clients, ContactService contacts, AddressService addresses, VisibleIds visibleIds,
			Clock clock) {
		this.clients = clients;
		this.contacts = contacts;
		this.addresses = addresses;
		this.visibleIds = visibleIds;
		this.clock = clock;
	}

	/**
	 * One page of the company's clients that pass the filter, by visibleId.
	 */
	Page<ClientItem> list(long companyId, ClientFilter filter, Paging paging) {
		return this.clients.findAll(filter.forCompany(companyId), paging.toPageable(BY_VISIBLE_ID)).map(Client::toItem);
	}

	/**
	 * Creates the client and, in the same transaction, the contact the form carries or
	 * the existing contact it names, so that a failure of either leaves nothing behind.
	 * @throws InvalidRequest when the nested contact's address or the existing contact
	 * does not exist for the company
	 */
	@Transactional
	ClientView create(long companyId, ClientForm form) {
		ContactForm contact = form.contact();
		if (contact != null) {
			requireAddress(companyId, contact.addressId().value(), List.of("contact", "addressId"));
		}
		Client client = new Client(companyId, this.visibleIds.nextClientId(companyId), form.applyTo(ClientDetails.NONE),
				Timestamps.now(this.clock));
		this.clients.saveAndFlush(client);
		if (contact != null) {
			this.contacts.createForClient(companyId, client.getVisibleId(), contact);
		}
		Long existingContactId = form.existingContactId().value();
		if (existingContactId != null
				&& !this.contacts.assignToClient(companyId, existingContactId, client.getVisibleId())) {
			throw InvalidRequest.of("existingContactId", "no such contact");
		}
		return toView(companyId, client);
	}

	/**
	 * The client with its contacts and addresses.
	 * @throws ClientNotFound when the company has no client with that visibleId
	 */
	ClientView get(long companyId, long visibleId) {
		return toView(companyId, find(companyId, visibleId));
	}

	/**
	 * Changes the fields the form sent and leaves the others.
	 * @throws ClientNotFound when the company has no client with that visibleId
	 */
	@Transactional
	ClientView edit(long companyId, long visibleId, ClientForm form) {
		Client client = this.clients.lockByCompanyIdAndVisibleId(companyId, visibleId).orElseThrow(ClientNotFound::new);
		if (client.update(form.applyTo(client.details()), this.clock)) {
			this.clients.flush();
		}
		return toView(companyId, client);
	}

	private Client find(long companyId, long visibleId) {
		return this.clients.findByCompanyIdAndVisibleId(companyId, visibleId).orElseThrow(ClientNotFound::new);
	}

	/**
	 * Checks a nested reference up front, so that the issue names the nested field; the
	 * foreign key still guards against the address going away in the meantime.
	 */
	private void requireAddress(long companyId, Long addressId, List<String> path) {
		if (addressId != null && !this.addresses.exists(companyId, addressId)) {
			throw new InvalidRequest(List.of(new FieldIssue(path, "no such address")));
		}
	}

	private ClientView toView(long companyId, Client client) {
		List<ContactItem> clientContacts = this.contacts.findByClient(companyId, client.getVisibleId());
		// The client's own address first, then its contacts' in their order; no
		// duplicates.
		Set<Long> addressIds = new LinkedHashSet<>();
		addressIds.add(client.getAddressId());
		clientContacts.forEach((contact) -> addressIds.add(contact.addressId()));
		addressIds.remove(null);
		List<AddressView> involved = this.addresses.findAll(companyId, addressIds);
		return ClientView.of(client.toItem(), client.details(), clientContacts, involved);
	}

}
