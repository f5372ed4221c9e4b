package dev.contactsapi.address;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of the address create route, as the API documentation shows it; the controller
 * reads bodies with {@link AddressForm}.
 */
@Schema(name = "AddressCreate", description = "A new address. Text is trimmed; blank optional text is stored as null.")
record AddressInput(@Schema(maxLength = 50, example = "Head office") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Main St") String street,
		@Schema(maxLength = 50, example = "123") String streetNumber,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Tel Aviv") String city,
		@Schema(maxLength = 50, example = "6100000") String zip,
		@Schema(description = "ISO 3166-1 alpha-2", example = "IL") String country,
		@Schema(maxLength = 1000) String notes) {
}
