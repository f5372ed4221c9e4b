package dev.contactsapi.address;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The bodies of the address create and edit routes, as the API documentation shows them;
 * the controller reads bodies with {@link AddressForm}.
 */
final class AddressInput {

	private AddressInput() {
	}

	@Schema(name = "AddressCreate",
			description = "A new address. Text is trimmed; blank optional text is stored as null. Read-only fields "
					+ "of the representation (id, createdAt, updatedAt) are ignored; any other unknown field is a 400.")
	record Create(@Schema(maxLength = 50, example = "Head office") String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 200,
					example = "Main St") String street,
			@Schema(maxLength = 50, example = "123") String streetNumber,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 200,
					example = "Tel Aviv") String city,
			@Schema(maxLength = 50, example = "6100000") String zip,
			@Schema(description = "ISO 3166-1 alpha-2, in any case; stored upper case", example = "IL") String country,
			@Schema(maxLength = 1000) String notes) {
	}

	@Schema(name = "AddressEdit", description = "A partial update: a field left out stays as it is; a field sent as "
			+ "null is cleared (street and city cannot be). An empty body changes nothing.")
	record Edit(@Schema(maxLength = 50) String name,
			@Schema(types = "string", minLength = 1, maxLength = 200, description = "Cannot be null",
					example = "Herzl St") String street,
			@Schema(maxLength = 50) String streetNumber,
			@Schema(types = "string", minLength = 1, maxLength = 200, description = "Cannot be null") String city,
			@Schema(maxLength = 50) String zip,
			@Schema(description = "ISO 3166-1 alpha-2, in any case; stored upper case") String country,
			@Schema(maxLength = 1000) String notes) {
	}

}
