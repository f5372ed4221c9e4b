package dev.contactsapi.client;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The bodies of the client create and edit routes, as the API documentation shows them;
 * the controller reads bodies with {@link ClientForm}.
 */
final class ClientInput {

	private ClientInput() {
	}

	@Schema(name = "ClientCreate", description = "A new client. Text is trimmed; blank optional text is stored as "
			+ "null. It may come with one contact: either a new one in contact, created with the client, or the "
			+ "visibleId of a contact of the company in existingContactId, which is moved to the new client; "
			+ "not both. Either way the client and its contact are created together or not at all. Read-only "
			+ "fields of the representation (visibleId, balance, createdAt, updatedAt, contacts, addresses) are "
			+ "ignored; any other unknown field is a 400.")
	record Create(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 200,
					example = "Acme Ltd") String name,
			@Schema(pattern = "^[0-9A-Za-z-]{1,20}$", description = "Up to 20 digits, letters and -",
					example = "514000000") String taxId,
			@Schema(maxLength = 254, description = "A valid address with a dot in the domain",
					example = "billing@acme.com") String email,
			@Schema(description = "COMPANY when left out or null") ClientType type, @Schema(types = {
					"integer", "string", "null" }, description = "An address id of the company",
					example = "1") Object addressId,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits", example = "12") String bankNumber,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits", example = "345") String branchNumber,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits",
					example = "123456") String accountNumber,
			@Schema(description = "How paymentTermDays count") PaymentTermType paymentTermType,
			@Schema(minimum = "0", maximum = "365", example = "30") Integer paymentTermDays,
			@Schema(nullable = true,
					description = "A contact to create with the client; not with existingContactId") NewContact contact,
			@Schema(types = { "integer", "string", "null" },
					description = "The visibleId of a contact of the company to attach to the client (moving it "
							+ "from its current client, if any); cannot be sent with contact",
					example = "7") Object existingContactId){
	}

	@Schema(name = "ClientEdit", description = "A partial update of the client's own fields: a field left out "
			+ "stays as it is; a field sent as null is cleared (name cannot be; type null is COMPANY). An empty body "
			+ "changes nothing. contact and existingContactId are create-only: edit the contact through the "
			+ "contacts routes.")
	record Edit(
			@Schema(types = "string", minLength = 1, maxLength = 200, description = "Cannot be null",
					example = "Acme Inc") String name,
			@Schema(pattern = "^[0-9A-Za-z-]{1,20}$", description = "Up to 20 digits, letters and -") String taxId,
			@Schema(maxLength = 254, description = "A valid address with a dot in the domain") String email,
			@Schema(description = "null sets COMPANY") ClientType type, @Schema(types = {
					"integer", "string", "null" }, description = "An address id of the company") Object addressId,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits") String bankNumber,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits") String branchNumber,
			@Schema(pattern = "^[0-9]{1,20}$", description = "Up to 20 digits") String accountNumber,
			@Schema(description = "How paymentTermDays count") PaymentTermType paymentTermType,
			@Schema(minimum = "0", maximum = "365") Integer paymentTermDays){
	}

	@Schema(name = "ClientNewContact", description = "The contact to create with a new client: the fields of "
			+ "ContactCreate except clientVisibleId: the contact belongs to the new client. Its field issues are "
			+ "reported under contact.")
	record NewContact(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, types = "string", minLength = 1, maxLength = 100,
					example = "John") String firstName,
			@Schema(maxLength = 100, example = "Doe") String lastName,
			@Schema(maxLength = 254, example = "john@acme.com") String email,
			@Schema(maxLength = 32, example = "050-1234567") String phoneNumber, @Schema(types = {
					"integer", "string", "null" }, description = "An address id of the company",
					example = "1") Object addressId){
	}

}
