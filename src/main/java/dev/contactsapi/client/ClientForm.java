package dev.contactsapi.client;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import dev.contactsapi.contact.ContactForm;
import dev.contactsapi.web.EmailAddress;
import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PlainText;
import dev.contactsapi.web.Sent;

/**
 * A client create or edit body, read strictly and validated field by field. A create may
 * also carry a nested {@code contact} to create with the client, or the
 * {@code existingContactId} of a contact to attach to it, not both.
 *
 * @param name required, 1 to 200 characters
 * @param taxId up to 20 digits, letters and {@code -}
 * @param email as for contacts
 * @param type the kind of customer; {@code COMPANY} when left out or {@code null}
 * @param addressId an address of the same company
 * @param bankNumber up to 20 digits
 * @param branchNumber up to 20 digits
 * @param accountNumber up to 20 digits
 * @param paymentTermType how the payment term counts
 * @param paymentTermDays 0 to 365
 * @param contact a contact to create with the client; {@code null} for none
 * @param existingContactId the visibleId of a contact to attach to the client
 */
record ClientForm(
		Sent<@NotNull(message = "is required") @Size(max = 200,
				message = "must be at most {max} characters") @PlainText String> name,
		Sent<@Pattern(regexp = "[0-9A-Za-z-]{1,20}", message = "must be up to 20 digits, letters and -") String> taxId,
		Sent<@EmailAddress String> email, Sent<ClientType> type,
		Sent<@Positive(message = "must be a positive integer") Long> addressId,
		Sent<@Pattern(regexp = "[0-9]{1,20}", message = DIGITS) String> bankNumber,
		Sent<@Pattern(regexp = "[0-9]{1,20}", message = DIGITS) String> branchNumber,
		Sent<@Pattern(regexp = "[0-9]{1,20}", message = DIGITS) String> accountNumber,
		Sent<PaymentTermType> paymentTermType,
		Sent<@Min(value = 0, message = DAYS) @Max(value = 365, message = DAYS) Integer> paymentTermDays,
		@Valid ContactForm contact, Sent<@Positive(message = "must be a positive integer") Long> existingContactId) {

	/** Fields of the representation that a client may send back; they are ignored. */
	static final Set<String> READ_ONLY = Set.of("visibleId", "balance", "createdAt", "contacts", "addresses");

	private static final String DIGITS = "must be up to 20 digits";

	private static final String DAYS = "must be an integer from 0 to 365";

	/**
	 * Reads an edit: the client's own fields only.
	 */
	static ClientForm read(JsonBody body) {
		return read(body, null, Sent.absent());
	}

	/**
	 * Reads a create: the client's fields, and the nested contact or the existing contact
	 * to go with it.
	 */
	static ClientForm readNew(JsonBody body) {
		JsonBody contactBody = body.object("contact", ContactForm.READ_ONLY);
		ContactForm contact = (contactBody != null) ? ContactForm.readForNewClient(contactBody) : null;
		Sent<Long> existingContactId = body.id("existingContactId");
		if (contact != null && existingContactId.value() != null) {
			body.reject("existingContactId", "cannot be sent together with contact");
		}
		return read(body, contact, existingContactId);
	}

	private static ClientForm read(JsonBody body, ContactForm contact, Sent<Long> existingContactId) {
		return new ClientForm(body.text("name"), body.text("taxId"), body.text("email"),
				body.choice("type", ClientType.class), body.id("addressId"), body.text("bankNumber"),
				body.text("branchNumber"), body.text("accountNumber"),
				body.choice("paymentTermType", PaymentTermType.class), body.integer("paymentTermDays"), contact,
				existingContactId);
	}

	/**
	 * The client these fields describe, starting from {@code current} for fields left
	 * out.
	 */
	ClientDetails applyTo(ClientDetails current) {
		ClientType chosenType = this.type.or(current.type());
		return new ClientDetails(this.name.or(current.name()), this.taxId.or(current.taxId()),
				this.email.or(current.email()), (chosenType != null) ? chosenType : ClientType.COMPANY,
				this.addressId.or(current.addressId()), this.bankNumber.or(current.bankNumber()),
				this.branchNumber.or(current.branchNumber()), this.accountNumber.or(current.accountNumber()),
				this.paymentTermType.or(current.paymentTermType()), this.paymentTermDays.or(current.paymentTermDays()));
	}

}
