package dev.contactsapi.client;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of the client create route, as the API documentation shows it; the controller
 * reads bodies with {@link ClientForm}.
 */
@Schema(name = "ClientCreate", description = "A new client. Text is trimmed; blank optional text is stored as null.")
record ClientInput(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Acme Ltd") String name,
		@Schema(maxLength = 20, example = "514000000") String taxId,
		@Schema(maxLength = 254, example = "billing@acme.com") String email,
		@Schema(description = "Defaults to COMPANY") ClientType type) {
}
