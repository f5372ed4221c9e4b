package dev.contactsapi.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;
import dev.contactsapi.support.TestRecords;

import static dev.contactsapi.support.ContractErrors.assertError;
import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ContactCrudTests {

	private static final List<String> FIELDS = List.of("visibleId", "firstName", "lastName", "email", "phoneNumber",
			"clientVisibleId", "addressId", "address", "createdAt", "updatedAt");

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	ContactRequests contacts;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
		this.contacts = new ContactRequests(this.api.as(this.acme.ownerKey()));
	}

	@Test
	void createsContactWithLocationAndWholeRepresentation() {
		Api.Reply reply = this.contacts.create(Api.json(Map.of("firstName", " John ", "lastName", "Doe")));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("Location")).isEqualTo("/contacts/id/1");
		assertThat(reply.at("/success").asBoolean()).isTrue();
		assertThat(fieldNames(reply.at("/data"))).containsExactlyInAnyOrderElementsOf(FIELDS);
		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/firstName").asString()).isEqualTo("John");
		assertThat(reply.at("/data/lastName").asString()).isEqualTo("Doe");
		for (String absent : List.of("email", "phoneNumber", "clientVisibleId", "addressId", "address")) {
			assertThat(reply.at("/data/" + absent).isNull()).as(absent).isTrue();
		}
		assertThat(reply.at("/data/createdAt").asString()).isEqualTo(reply.at("/data/updatedAt").asString());
		assertThat(Instant.parse(reply.at("/data/createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void createsContactWithItsNestedAddress() {
		long addressId = TestRecords.address(this.api.as(this.acme.ownerKey()));

		JsonNode created = this.contacts.created(Api.json(Map.of("firstName", "John", "addressId", addressId)));

		assertThat(created.at("/addressId").asLong()).isEqualTo(addressId);
		assertThat(created.at("/address/id").asLong()).isEqualTo(addressId);
		assertThat(created.at("/address/street").asString()).isEqualTo("123 Main St");
		assertThat(created.at("/address/city").asString()).isEqualTo("Tel Aviv");
		assertThat(created.at("/address/zip").asString()).isEqualTo("6100000");
		assertThat(created.at("/address/country").asString()).isEqualTo("IL");
		assertThat(this.contacts.stored(1).at("/address")).isEqualTo(created.at("/address"));
	}

	@Test
	void trimsTextAndStoresEmptyOptionalTextAsNull() {
		JsonNode created = this.contacts.created("""
				{"firstName": "\\t John\\n", "lastName": "   ", "email": " john@acme.com ", "phoneNumber": ""}""");

		assertThat(created.at("/firstName").asString()).isEqualTo("John");
		assertThat(created.at("/lastName").isNull()).isTrue();
		assertThat(created.at("/email").asString()).isEqualTo("john@acme.com");
		assertThat(created.at("/phoneNumber").isNull()).isTrue();
	}

	@Test
	void trimsUnicodeSpacesToo() {
		JsonNode created = this.contacts.created("""
				{"firstName": "\u00a0John\u3000", "lastName": "\u2007\u202f", "phoneNumber": "\u00a0050-1234567"}""");

		assertThat(created.at("/firstName").asString()).isEqualTo("John");
		assertThat(created.at("/lastName").isNull()).isTrue();
		assertThat(created.at("/phoneNumber").asString()).isEqualTo("050-1234567");
		assertInvalid(this.contacts.create("""
				{"firstName": "\u00a0"}"""), "firstName");
	}

	@Test
	void storesEmailAsGiven() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John", "email": "John.Doe@ACME.com"}""");

		assertThat(created.at("/email").asString()).isEqualTo("John.Doe@ACME.com");
	}

	@Test
	void getsContactAsCreated() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John", "lastName": "Doe", "email": "john@acme.com", "phoneNumber": "050-1234567"}""");

		assertThat(this.contacts.stored(1)).isEqualTo(created);
	}

	@Test
	void getsUnknownContactAsNotFound() {
		assertError(this.contacts.get(1), 404, "CONTACT_NOT_FOUND");
	}

	@Test
	void listsContactsByVisibleIdWithoutTheirAddress() {
		long addressId = TestRecords.address(this.api.as(this.acme.ownerKey()));
		for (String name : List.of("Zoe", "Adam", "Mia")) {
			this.contacts.created(Api.json(Map.of("firstName", name, "addressId", addressId)));
		}

		Api.Reply reply = this.contacts.listed("");

		assertThat(reply.at("/success").asBoolean()).isTrue();
		assertThat(ContactRequests.visibleIds(reply)).containsExactly(1L, 2L, 3L);
		for (JsonNode item : reply.at("/data")) {
			assertThat(fieldNames(item)).containsExactlyInAnyOrderElementsOf(
					FIELDS.stream().filter((field) -> !field.equals("address")).toList());
			assertThat(item.at("/addressId").asLong()).isEqualTo(addressId);
		}
	}

	@Test
	void editChangesOnlyTheFieldsSent() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John", "lastName": "Doe", "email": "john@acme.com", "phoneNumber": "050-1234567"}""");

		Api.Reply reply = this.contacts.edit(1, """
				{"lastName": " Smith ", "phoneNumber": "03-7654321"}""");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		ObjectNode expected = ((ObjectNode) created).deepCopy();
		expected.put("lastName", "Smith");
		expected.put("phoneNumber", "03-7654321");
		expected.set("updatedAt", reply.at("/data/updatedAt"));
		assertThat(reply.at("/data")).isEqualTo(expected);
		assertThat(this.contacts.stored(1)).isEqualTo(reply.at("/data"));
	}

	@Test
	void editWithNullClearsTheField() {
		long addressId = TestRecords.address(this.api.as(this.acme.ownerKey()));
		this.contacts.created(Api.json(Map.of("firstName", "John", "lastName", "Doe", "email", "john@acme.com",
				"phoneNumber", "050-1234567", "addressId", addressId)));

		Api.Reply reply = this.contacts.edit(1, """
				{"lastName": null, "email": null, "phoneNumber": null, "addressId": null}""");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		JsonNode stored = this.contacts.stored(1);
		for (String cleared : List.of("lastName", "email", "phoneNumber", "addressId", "address")) {
			assertThat(stored.path(cleared).isNull()).as(cleared).isTrue();
		}
		assertThat(stored.at("/firstName").asString()).isEqualTo("John");
	}

	@Test
	void editRefusesToClearTheFirstName() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John"}""");

		assertInvalid(this.contacts.edit(1, """
				{"firstName": null}"""), "firstName");
		assertInvalid(this.contacts.edit(1, """
				{"firstName": "  "}"""), "firstName");
		assertThat(this.contacts.stored(1)).isEqualTo(created);
	}

	@Test
	void emptyEditChangesNothingNotEvenUpdatedAt() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John", "lastName": "Doe"}""");

		Api.Reply reply = this.contacts.edit(1, "{}");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/data")).isEqualTo(created);
		assertThat(this.contacts.stored(1)).isEqualTo(created);
	}

	@Test
	void editSendingTheStoredValuesChangesNothing() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John", "lastName": "Doe"}""");

		Api.Reply reply = this.contacts.edit(1, """
				{"firstName": " John ", "lastName": "Doe", "email": null}""");

		assertThat(reply.at("/data")).isEqualTo(created);
	}

	@Test
	void editThatChangesSomethingMovesUpdatedAtForward() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John"}""");

		JsonNode first = this.contacts.edit(1, """
				{"lastName": "Doe"}""").at("/data");
		JsonNode second = this.contacts.edit(1, """
				{"lastName": "Roe"}""").at("/data");

		assertThat(first.at("/createdAt")).isEqualTo(created.at("/createdAt"));
		assertThat(second.at("/createdAt")).isEqualTo(created.at("/createdAt"));
		assertThat(instant(first, "updatedAt")).isAfter(instant(created, "updatedAt"));
		assertThat(instant(second, "updatedAt")).isAfter(instant(first, "updatedAt"));
		assertThat(this.contacts.stored(1).at("/updatedAt")).isEqualTo(second.at("/updatedAt"));
	}

	@Test
	void createIgnoresReadOnlyFields() {
		Api.Reply reply = this.contacts.create("""
				{"firstName": "John", "visibleId": 99, "createdAt": "2000-01-01T00:00:00Z",
				 "updatedAt": "not even a date", "address": {"id": 5, "street": "Nowhere"}}""");

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/address").isNull()).isTrue();
		assertThat(instant(reply.at("/data"), "createdAt")).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
	}

	@Test
	void editIgnoresReadOnlyFieldsSoThatAClientMaySendBackWhatItRead() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John"}""");
		ObjectNode sentBack = ((ObjectNode) created).deepCopy();
		sentBack.put("visibleId", 42);
		sentBack.put("createdAt", "2000-01-01T00:00:00Z");
		sentBack.put("updatedAt", "2000-01-01T00:00:00Z");
		sentBack.putObject("address").put("id", 7);

		Api.Reply unchanged = this.contacts.edit(1, Api.json(sentBack));
		sentBack.put("lastName", "Doe");
		Api.Reply changed = this.contacts.edit(1, Api.json(sentBack));

		assertThat(unchanged.status()).as(unchanged.text()).isEqualTo(200);
		assertThat(unchanged.at("/data")).isEqualTo(created);
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(changed.at("/data/createdAt")).isEqualTo(created.at("/createdAt"));
		assertThat(changed.at("/data/address").isNull()).isTrue();
		assertThat(changed.at("/data/lastName").asString()).isEqualTo("Doe");
	}

	@Test
	void createRefusesUnknownFieldsNamingThemAndWritesNothing() {
		assertInvalid(this.contacts.create("""
				{"firstName": "John", "nickname": "Johnny", "company_id": 1}"""), "nickname", "company_id");

		assertThat(this.contacts.listed("").at("/pagination/total").asLong()).isZero();
	}

	@Test
	void editRefusesUnknownFieldsNamingThemAndChangesNothing() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John"}""");

		assertInvalid(this.contacts.edit(1, """
				{"lastName": "Doe", "first_name": "Jim"}"""), "first_name");

		assertThat(this.contacts.stored(1)).isEqualTo(created);
	}

	@Test
	void deleteAnswersSuccessAndTheContactIsGone() {
		this.contacts.createdNamed("John");
		long kept = this.contacts.createdNamed("Jane");

		Api.Reply reply = this.contacts.delete(1);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json()).isEqualTo(Api.parse("""
				{"success": true, "data": {"success": true}}"""));
		assertError(this.contacts.get(1), 404, "CONTACT_NOT_FOUND");
		assertError(this.contacts.edit(1, "{}"), 404, "CONTACT_NOT_FOUND");
		assertError(this.contacts.delete(1), 404, "CONTACT_NOT_FOUND");
		assertThat(ContactRequests.visibleIds(this.contacts.listed(""))).containsExactly(kept);
	}

	private static List<String> fieldNames(JsonNode node) {
		return List.copyOf(node.propertyNames());
	}

	private static Instant instant(JsonNode contact, String field) {
		return Instant.parse(contact.path(field).asString());
	}

}
