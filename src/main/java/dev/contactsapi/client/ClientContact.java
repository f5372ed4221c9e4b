package dev.contactsapi.client;

import java.time.Instant;

import dev.contactsapi.contact.ContactItem;

/**
 * A contact as a client's single view lists it: the list item without
 * {@code clientVisibleId}, which is the client's own.
 *
 * @param visibleId the contact's number within the company
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param phoneNumber the phone number
 * @param addressId its address
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record ClientContact(long visibleId, String firstName, String lastName, String email, String phoneNumber,
		Long addressId, Instant createdAt, Instant updatedAt) {

	static ClientContact of(ContactItem contact) {
		return new ClientContact(contact.visibleId(), contact.firstName(), contact.lastName(), contact.email(),
				contact.phoneNumber(), contact.addressId(), contact.createdAt(), contact.updatedAt());
	}

}
