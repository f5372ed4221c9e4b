package dev.contactsapi.client;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.contactsapi.address.AddressService;
import dev.contactsapi.address.AddressView;
import dev.contactsapi.company.VisibleIds;
import dev.contactsapi.contact.ContactItem;
import dev.contactsapi.contact.ContactService;
import dev.contactsapi.web.Timestamps;

/**
 * Clients of a company. Every method takes the calling company's id, and another
 * company's client does not exist for it.
 */
@Service
@Transactional(readOnly = true)
class ClientService {

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

	@Transactional
	ClientView create(long companyId, ClientForm form) {
		ClientDetails details = form.applyTo(ClientDetails.NONE);
		Client client = new Client(companyId, this.visibleIds.nextClientId(companyId), details,
				Timestamps.now(this.clock));
		return toView(companyId, this.clients.saveAndFlush(client));
	}

	/**
	 * The client with its contacts and addresses.
	 * @throws ClientNotFound when the company has no client with that visibleId
	 */
	ClientView get(long companyId, long visibleId) {
		Client client = this.clients.findByCompanyIdAndVisibleId(companyId, visibleId).orElseThrow(ClientNotFound::new);
		return toView(companyId, client);
	}

	private ClientView toView(long companyId, Client client) {
		List<ContactItem> clientContacts = this.contacts.findByClient(companyId, client.getVisibleId());
		Set<Long> addressIds = new LinkedHashSet<>();
		if (client.getAddressId() != null) {
			addressIds.add(client.getAddressId());
		}
		clientContacts.stream().map(ContactItem::addressId).filter(java.util.Objects::nonNull).forEach(addressIds::add);
		List<AddressView> involved = this.addresses.findAll(companyId, addressIds);
		ClientDetails details = client.details();
		return new ClientView(client.getVisibleId(), details.name(), details.taxId(), details.email(), details.type(),
				details.addressId(), details.bankNumber(), details.branchNumber(), details.accountNumber(),
				details.paymentTermType(), details.paymentTermDays(), client.getCreatedAt(), BigDecimal.ZERO,
				clientContacts, involved);
	}

}
