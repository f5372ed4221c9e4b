package dev.contactsapi.client;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ClientCreateTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
	}

	@Test
	void createsClientWithEveryField() {
		long address = address();

		Api.Reply reply = owner().post("/clients/create", """
				{"name": " Acme Ltd ", "taxId": "51-5555555", "email": "billing@acme.co.il", "type": "PATOOR",
				 "addressId": "%d", "bankNumber": "12", "branchNumber": "600", "accountNumber": "123456",
				 "paymentTermType": "CURRENT_PLUS_DAYS", "paymentTermDays": 30}""".formatted(address));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("Location")).isEqualTo("/clients/id/1");
		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/name").asString()).isEqualTo("Acme Ltd");
		assertThat(reply.at("/data/taxId").asString()).isEqualTo("51-5555555");
		assertThat(reply.at("/data/email").asString()).isEqualTo("billing@acme.co.il");
		assertThat(reply.at("/data/type").asString()).isEqualTo("PATOOR");
		assertThat(reply.at("/data/addressId").asLong()).isEqualTo(address);
		assertThat(reply.at("/data/bankNumber").asString()).isEqualTo("12");
		assertThat(reply.at("/data/branchNumber").asString()).isEqualTo("600");
		assertThat(reply.at("/data/accountNumber").asString()).isEqualTo("123456");
		assertThat(reply.at("/data/paymentTermType").asString()).isEqualTo("CURRENT_PLUS_DAYS");
		assertThat(reply.at("/data/paymentTermDays").asInt()).isEqualTo(30);
		assertThat(reply.at("/data/balance").asInt()).isZero();
		assertThat(reply.at("/data/createdAt").asString()).isNotBlank();
		assertThat(reply.at("/data/contacts").isEmpty()).isTrue();
		assertThat(reply.at("/data/addresses/0/id").asLong()).isEqualTo(address);
		assertThat(owner().get("/clients/id/1").json()).isEqualTo(reply.json());
	}

	@Test
	void aClientIsACompanyUnlessToldOtherwise() {
		Api.Reply reply = owner().post("/clients/create", "{\"name\": \"Acme\", \"type\": null}");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.at("/data/type").asString()).isEqualTo("COMPANY");
		for (String field : new String[] { "taxId", "email", "addressId", "bankNumber", "branchNumber", "accountNumber",
				"paymentTermType", "paymentTermDays" }) {
			assertThat(reply.at("/data/" + field).isNull()).as(field).isTrue();
		}
	}

	@Test
	void ignoresReadOnlyFieldsSentBack() {
		Api.Reply reply = owner().post("/clients/create",
				"""
						{"name": "Acme", "visibleId": 7, "balance": 1000, "createdAt": "x", "contacts": [], "addresses": []}""");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/balance").asInt()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name missing                    | {"taxId": "123"}                               | name
			name blank                      | {"name": "  "}                                 | name
			name too long                   | {"name": "%201"}                               | name
			name as a number                | {"name": 5}                                    | name
			type unknown                    | {"name": "A", "type": "company"}               | type
			tax id with a space             | {"name": "A", "taxId": "51 555"}               | taxId
			tax id too long                 | {"name": "A", "taxId": "%21"}                  | taxId
			email without domain dot        | {"name": "A", "email": "a@localhost"}          | email
			bank number with letters        | {"name": "A", "bankNumber": "12a"}             | bankNumber
			branch number too long          | {"name": "A", "branchNumber": "123456789012345678901"} | branchNumber
			account number as a number      | {"name": "A", "accountNumber": 123}            | accountNumber
			payment term type unknown       | {"name": "A", "paymentTermType": "MONTHLY"}    | paymentTermType
			payment term days negative      | {"name": "A", "paymentTermDays": -1}           | paymentTermDays
			payment term days over a year   | {"name": "A", "paymentTermDays": 366}          | paymentTermDays
			payment term days fractional    | {"name": "A", "paymentTermDays": 1.5}          | paymentTermDays
			payment term days as a string   | {"name": "A", "paymentTermDays": "30"}         | paymentTermDays
			address id not a number         | {"name": "A", "addressId": "abc"}              | addressId
			address id that does not exist  | {"name": "A", "addressId": 999999999}          | addressId
			existing contact as a float     | {"name": "A", "existingContactId": 1.5}        | existingContactId
			existing contact that is absent | {"name": "A", "existingContactId": 999}        | existingContactId
			contact not an object           | {"name": "A", "contact": "Dan"}                | contact
			unknown field                   | {"name": "A", "vat": true}                     | vat
			""")
	void refusesBadFieldAndWritesNothing(String description, String body, String field) {
		Api.Reply reply = owner().post("/clients/create",
				body.replace("%201", "a".repeat(201)).replace("%21", "a".repeat(21)));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/code").asString()).isEqualTo("INVALID_FIELD");
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo(field);
		assertNothingWritten();
	}

	@Test
	void createsTheClientAndItsFirstContactTogether() {
		long address = address();

		Api.Reply reply = owner().post("/clients/create", """
				{"name": "Acme", "contact": {"firstName": "John", "lastName": "Doe", "email": "john@acme.com",
				 "phoneNumber": "050-1234567", "addressId": %d, "visibleId": 5}}""".formatted(address));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.at("/data/contacts").size()).isEqualTo(1);
		assertThat(reply.at("/data/contacts/0/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/contacts/0/firstName").asString()).isEqualTo("John");
		assertThat(reply.at("/data/contacts/0/addressId").asLong()).isEqualTo(address);
		assertThat(reply.at("/data/contacts/0").has("clientVisibleId")).isFalse();
		assertThat(reply.at("/data/addresses/0/id").asLong()).isEqualTo(address);
		Api.Reply contact = owner().get("/contacts/id/1");
		assertThat(contact.at("/data/clientVisibleId").asLong()).isEqualTo(1);
		assertThat(contact.at("/data/phoneNumber").asString()).isEqualTo("050-1234567");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			first name missing         | {"lastName": "Doe"}                  | firstName
			bad email                  | {"firstName": "Dan", "email": "x@y"} | email
			bad phone                  | {"firstName": "Dan", "phoneNumber": "phone"} | phoneNumber
			address that is absent     | {"firstName": "Dan", "addressId": 999999999} | addressId
			client of its own          | {"firstName": "Dan", "clientVisibleId": 1}   | clientVisibleId
			unknown field              | {"firstName": "Dan", "age": 40}      | age
			""")
	void badNestedContactLeavesNoClientBehind(String description, String contact, String field) {
		Api.Reply reply = owner().post("/clients/create", "{\"name\": \"Acme\", \"contact\": " + contact + "}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path").size()).isEqualTo(2);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo("contact");
		assertThat(reply.at("/error/issues/0/path/1").asString()).isEqualTo(field);
		assertThat(reply.at("/message").asString()).startsWith("contact." + field + ": ");
		assertNothingWritten();
	}

	@Test
	void nestedContactWithAnotherCompanysAddressIsRefused() {
		long theirs = this.api.as(this.companies.create().ownerKey())
			.post("/addresses/create", Api.json(Map.of("street", "Herzl", "city", "Haifa")))
			.at("/data/id")
			.asLong();

		Api.Reply reply = owner().post("/clients/create",
				Api.json(Map.of("name", "Acme", "contact", Map.of("firstName", "Dan", "addressId", theirs))));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/1").asString()).isEqualTo("addressId");
		assertNothingWritten();
	}

	@ParameterizedTest(name = "existingContactId given as {0}")
	@ValueSource(strings = { "2", "\"2\"" })
	void attachesAnExistingContact(String existingContactId) {
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Other")));
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan")));

		Api.Reply reply = owner().post("/clients/create",
				"{\"name\": \"Acme\", \"existingContactId\": " + existingContactId + "}");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.at("/data/contacts").size()).isEqualTo(1);
		assertThat(reply.at("/data/contacts/0/firstName").asString()).isEqualTo("Dan");
		assertThat(owner().get("/contacts/id/2").at("/data/clientVisibleId").asLong()).isEqualTo(1);
		assertThat(owner().get("/contacts/id/1").at("/data/clientVisibleId").isNull()).isTrue();
	}

	@Test
	void attachingAContactOfAnotherClientMovesIt() {
		owner().post("/clients/create", "{\"name\": \"First\", \"contact\": {\"firstName\": \"Dan\"}}");

		Api.Reply reply = owner().post("/clients/create", "{\"name\": \"Second\", \"existingContactId\": 1}");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(owner().get("/contacts/id/1").at("/data/clientVisibleId").asLong()).isEqualTo(2);
		assertThat(owner().get("/clients/id/1").at("/data/contacts").isEmpty()).isTrue();
	}

	@Test
	void anotherCompanysContactCannotBeAttached() {
		Api.Call other = this.api.as(this.companies.create().ownerKey());
		other.post("/contacts/create", Api.json(Map.of("firstName", "Theirs")));

		Api.Reply reply = owner().post("/clients/create", "{\"name\": \"Acme\", \"existingContactId\": 1}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo("existingContactId");
		assertThat(reply.at("/error/issues/0/message").asString()).isEqualTo("no such contact");
		assertThat(other.get("/contacts/id/1").at("/data/clientVisibleId").isNull()).isTrue();
		assertNothingWritten();
	}

	@Test
	void refusesANestedContactAndAnExistingOneTogether() {
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan")));

		Api.Reply reply = owner().post("/clients/create",
				"{\"name\": \"Acme\", \"existingContactId\": 1, \"contact\": {\"firstName\": \"Ruth\"}}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo("existingContactId");
		assertThat(reply.at("/error/issues/0/message").asString()).contains("contact");
		assertThat(owner().get("/clients").at("/pagination/total").asLong()).isZero();
		assertThat(owner().get("/contacts").at("/pagination/total").asLong()).isEqualTo(1);
	}

	@Test
	void aRefusedCreateGivesItsVisibleIdBack() {
		Api.Reply refused = owner().post("/clients/create", "{\"name\": \"Acme\", \"existingContactId\": 9}");
		assertThat(refused.status()).isEqualTo(400);

		Api.Reply reply = owner().post("/clients/create",
				"{\"name\": \"Acme\", \"contact\": {\"firstName\": \"Dan\"}}");

		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/contacts/0/visibleId").asLong()).isEqualTo(1);
	}

	@Test
	void onlyEmployeesAndAboveCreate() {
		String body = "{\"name\": \"Acme\"}";

		assertThat(this.api.as(this.acme.key(Role.VIEWER)).post("/clients/create", body).status()).isEqualTo(403);
		assertThat(this.api.as(this.acme.key(Role.EMPLOYEE)).post("/clients/create", body).status()).isEqualTo(201);
	}

	private void assertNothingWritten() {
		assertThat(owner().get("/clients").at("/pagination/total").asLong()).isZero();
		assertThat(owner().get("/contacts").at("/pagination/total").asLong()).isZero();
	}

	private long address() {
		Api.Reply reply = owner().post("/addresses/create", Api.json(Map.of("street", "Herzl", "city", "Haifa")));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

}
