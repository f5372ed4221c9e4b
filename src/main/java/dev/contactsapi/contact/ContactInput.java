package dev.contactsapi.contact;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The bodies of the contact create and edit routes, as the API documentation shows them;
 * the controller reads bodies with {@link ContactForm}.
 */
final class ContactInput {

	private ContactInput() {
	}

	@Schema(name = "ContactCreate",
			description = "A new contact. Text is trimmed; blank optional text is stored "
					+ "as null. Read-only fields of the representation (visibleId, address, createdAt, updatedAt) are "
					+ "ignored; any other unknown field is a 400.")
	record Create(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 100,
					example = "John") String firstName,
			@Schema(maxLength = 100, example = "Doe") String lastName,
			@Schema(maxLength = 254, example = "john@acme.com") String email,
			@Schema(maxLength = 32, example = "050-1234567") String phoneNumber, @Schema(types = {
					"integer", "string", "null" }, description = "An address id of the company",
					example = "1") Object addressId,
			@Schema(types = { "integer", "string", "null" }, description = "A client visibleId of the company",
					example = "1") Object clientVisibleId){
	}

	@Schema(name = "ContactEdit", description = "A partial update: a field left out stays as it is; a field sent "
			+ "as null is cleared (firstName cannot be). An empty body changes nothing.")
	record Edit(
			@Schema(types = "string", minLength = 1, maxLength = 100, description = "Cannot be null",
					example = "Jane") String firstName,
			@Schema(maxLength = 100) String lastName, @Schema(maxLength = 254) String email,
			@Schema(maxLength = 32) String phoneNumber, @Schema(types = {
					"integer", "string", "null" }, description = "An address id of the company") Object addressId,
			@Schema(types = { "integer", "string", "null" },
					description = "A client visibleId of the company") Object clientVisibleId){
	}

}
