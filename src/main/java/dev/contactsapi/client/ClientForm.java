package dev.contactsapi.client;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.contactsapi.web.EmailAddress;
import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PlainText;
import dev.contactsapi.web.Sent;

/**
 * A client create body, read strictly and validated field by field.
 *
 * @param name required, 1 to 200 characters
 * @param taxId up to 20 digits, letters and {@code -}
 * @param email as for contacts
 * @param type the kind of customer; {@code COMPANY} when left out
 */
record ClientForm(
		Sent<@NotNull(message = "is required") @Size(max = 200,
				message = "must be at most {max} characters") @PlainText String> name,
		Sent<@Pattern(regexp = "[0-9A-Za-z-]{1,20}", message = "must be up to 20 digits, letters and -") String> taxId,
		Sent<@EmailAddress String> email, Sent<ClientType> type) {

	/** Fields of the representation that a client may send back; they are ignored. */
	static final Set<String> READ_ONLY = Set.of("visibleId", "balance", "createdAt", "updatedAt", "contacts",
			"addresses");

	static ClientForm read(JsonBody body) {
		return new ClientForm(body.text("name"), body.text("taxId"), body.text("email"),
				body.choice("type", ClientType.class));
	}

	/**
	 * The client these fields describe, starting from {@code current} for fields left
	 * out.
	 */
	ClientDetails applyTo(ClientDetails current) {
		ClientType chosenType = this.type.or(current.type());
		return new ClientDetails(this.name.or(current.name()), this.taxId.or(current.taxId()),
				this.email.or(current.email()), (chosenType != null) ? chosenType : ClientType.COMPANY,
				current.addressId(), current.bankNumber(), current.branchNumber(), current.accountNumber(),
				current.paymentTermType(), current.paymentTermDays());
	}

}
