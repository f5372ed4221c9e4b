package dev.contactsapi.contact;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.contactsapi.web.EmailAddress;
import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PhoneNumber;
import dev.contactsapi.web.PlainText;
import dev.contactsapi.web.Sent;

/**
 * A contact create or edit body, read strictly and validated field by field. Text is
 * stripped and blank text is {@code null}; on an edit, fields left out keep their stored
 * value. Public so that a client create can carry a contact to create with it.
 *
 * @param firstName required, 1 to 100 characters
 * @param lastName up to 100 characters
 * @param email a valid address with a dot in the domain, up to 254 characters
 * @param phoneNumber up to 32 digits, spaces and {@code + - ( ) .}, with at least 3
 * digits
 * @param addressId an address of the same company
 * @param clientVisibleId a client of the same company
 */
public record ContactForm(
		Sent<@NotNull(message = "is required") @Size(max = 100,
				message = "must be at most {max} characters") @PlainText String> firstName,
		Sent<@Size(max = 100, message = "must be at most {max} characters") @PlainText String> lastName,
		Sent<@EmailAddress String> email, Sent<@PhoneNumber String> phoneNumber,
		Sent<@Positive(message = "must be a positive integer") Long> addressId,
		Sent<@Positive(message = "must be a positive integer") Long> clientVisibleId) {

	/** Fields of the representation that a client may send back; they are ignored. */
	public static final Set<String> READ_ONLY = Set.of("visibleId", "address", "createdAt", "updatedAt");

	static ContactForm read(JsonBody body) {
		return read(body, true);
	}

	/**
	 * Reads a contact created together with its client: every field but
	 * {@code clientVisibleId}, which is the new client's and is refused as unknown.
	 */
	public static ContactForm readForNewClient(JsonBody body) {
		return read(body, false);
	}

	private static ContactForm read(JsonBody body, boolean withClient) {
		return new ContactForm(body.text("firstName"), body.text("lastName"), body.text("email"),
				body.text("phoneNumber"), body.id("addressId"),
				withClient ? body.id("clientVisibleId") : Sent.absent());
	}

	/**
	 * The contact these fields describe, starting from {@code current} for fields left
	 * out.
	 */
	ContactDetails applyTo(ContactDetails current) {
		return new ContactDetails(this.firstName.or(current.firstName()), this.lastName.or(current.lastName()),
				this.email.or(current.email()), this.phoneNumber.or(current.phoneNumber()),
				this.addressId.or(current.addressId()), this.clientVisibleId.or(current.clientVisibleId()));
	}

}
