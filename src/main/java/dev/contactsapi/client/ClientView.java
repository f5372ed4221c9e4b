package dev.contactsapi.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.contactsapi.address.AddressView;
import dev.contactsapi.contact.ContactItem;

/**
 * A client with every field, its contacts and the addresses it involves, as the single
 * view, create and edit show it.
 *
 * @param visibleId the client's number within the company
 * @param name the client's name
 * @param taxId the tax id
 * @param email the billing email
 * @param type the kind of customer
 * @param addressId the client's own address
 * @param bankNumber the bank's number
 * @param branchNumber the branch's number
 * @param accountNumber the account's number
 * @param paymentTermType how the payment term counts
 * @param paymentTermDays the payment term's days
 * @param createdAt when the client was created
 * @param balance what the client owes; 0 until documents exist
 * @param contacts the client's contacts, by visibleId
 * @param addresses the client's own address, then the other addresses of its contacts
 */
record ClientView(long visibleId, String name, String taxId, String email, ClientType type, Long addressId,
		String bankNumber, String branchNumber, String accountNumber, PaymentTermType paymentTermType,
		Integer paymentTermDays, Instant createdAt, BigDecimal balance, List<ClientContact> contacts,
		List<AddressView> addresses) {

	static ClientView of(ClientItem item, ClientDetails details, List<ContactItem> contacts,
			List<AddressView> addresses) {
		return new ClientView(item.visibleId(), details.name(), details.taxId(), details.email(), details.type(),
				details.addressId(), details.bankNumber(), details.branchNumber(), details.accountNumber(),
				details.paymentTermType(), details.paymentTermDays(), item.createdAt(), item.balance(),
				contacts.stream().map(ClientContact::of).toList(), addresses);
	}

}
