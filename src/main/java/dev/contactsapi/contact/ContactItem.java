package dev.contactsapi.contact;

import java.time.Instant;

/**
 * A contact as a list shows it: every field but the nested address. Absent values are
 * {@code null}.
 *
 * @param visibleId the contact's number within the company
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param phoneNumber the phone number
 * @param clientVisibleId the client it belongs to
 * @param addressId its address
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record ContactItem(long visibleId, String firstName, String lastName, String email, String phoneNumber,
		Long clientVisibleId, Long addressId, Instant createdAt, Instant updatedAt) {
}
