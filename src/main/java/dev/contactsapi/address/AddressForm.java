package dev.contactsapi.address;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PlainText;
import dev.contactsapi.web.Sent;

/**
 * An address create or edit body, read strictly and validated field by field.
 *
 * @param name up to 50 characters
 * @param street required, 1 to 200 characters
 * @param streetNumber up to 50 characters
 * @param city required, 1 to 200 characters
 * @param zip up to 50 characters
 * @param country an ISO 3166-1 alpha-2 code in any case, stored upper case
 * @param notes up to 1,000 characters
 */
record AddressForm(Sent<@Size(max = 50, message = "must be at most {max} characters") @PlainText String> name,
		Sent<@NotNull(message = "is required") @Size(max = 200,
				message = "must be at most {max} characters") @PlainText String> street,
		Sent<@Size(max = 50, message = "must be at most {max} characters") @PlainText String> streetNumber,
		Sent<@NotNull(message = "is required") @Size(max = 200,
				message = "must be at most {max} characters") @PlainText String> city,
		Sent<@Size(max = 50, message = "must be at most {max} characters") @PlainText String> zip,
		Sent<@CountryCode String> country,
		Sent<@Size(max = 1000, message = "must be at most {max} characters") @PlainText String> notes) {

	/** Fields of the representation that a client may send back; they are ignored. */
	static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt");

	static AddressForm read(JsonBody body) {
		return new AddressForm(body.text("name"), body.text("street"), body.text("streetNumber"), body.text("city"),
				body.text("zip"), body.text("country"), body.text("notes"));
	}

	/**
	 * The address these fields describe, starting from {@code current} for fields left
	 * out.
	 */
	AddressDetails applyTo(AddressDetails current) {
		String countryCode = this.country.or(current.country());
		return new AddressDetails(this.name.or(current.name()), this.street.or(current.street()),
				this.streetNumber.or(current.streetNumber()), this.city.or(current.city()), this.zip.or(current.zip()),
				(countryCode != null) ? countryCode.toUpperCase(Locale.ROOT) : null, this.notes.or(current.notes()));
	}

}
