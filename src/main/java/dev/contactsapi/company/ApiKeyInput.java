package dev.contactsapi.company;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of the key create route, as the API documentation shows it; the controller
 * reads bodies with {@link ApiKeyForm}.
 *
 * @param name the key's label
 * @param role what the key may do
 */
@Schema(name = "ApiKeyCreate", description = "A new key. Read-only fields of the representation (id, prefix, "
		+ "createdAt, lastUsedAt, revokedAt) are ignored; any other unknown field is a 400.")
record ApiKeyInput(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 100,
				description = "A label to tell keys apart in the list", example = "Invoicing integration") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", allowableValues = {
				"viewer", "employee", "editor", "owner" },
				description = "What the key may do; each role may do all that the roles before it may",
				example = "employee") String role){
}
