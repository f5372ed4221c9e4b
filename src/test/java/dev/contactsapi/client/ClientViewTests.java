package dev.contactsapi.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ClientViewTests {

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
	void showsTheClientsContactsByVisibleIdWithoutTheirClient() {
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Someone else")));
		long client = create(Map.of("name", "Acme"));
		contact("Ruth", client, null);
		contact("Dan", client, null);

		Api.Reply reply = owner().get("/clients/id/" + client);

		assertThat(reply.status()).isEqualTo(200);
		JsonNode contacts = reply.at("/data/contacts");
		assertThat(contacts.size()).isEqualTo(2);
		assertThat(contacts.get(0).get("firstName").asString()).isEqualTo("Ruth");
		assertThat(contacts.get(0).get("visibleId").asLong()).isEqualTo(2);
		assertThat(contacts.get(1).get("visibleId").asLong()).isEqualTo(3);
		assertThat(contacts.get(0).propertyNames()).containsExactlyInAnyOrder("visibleId", "firstName", "lastName",
				"email", "phoneNumber", "addressId", "createdAt", "updatedAt");
	}

	@Test
	void listsTheClientsOwnAddressFirstThenItsContactsDistinctAddresses() {
		long older = address("Older");
		long own = address("Own");
		long shared = address("Shared");
		long client = create(Map.of("name", "Acme", "addressId", own));
		contact("Dan", client, shared);
		contact("Ruth", client, own);
		contact("Eli", client, older);
		contact("Noa", client, shared);
		contact("Avi", client, null);

		Api.Reply reply = owner().get("/clients/id/" + client);

		List<Long> ids = new ArrayList<>();
		for (JsonNode address : reply.at("/data/addresses")) {
			ids.add(address.get("id").asLong());
		}
		assertThat(ids).containsExactly(own, shared, older);
		assertThat(reply.at("/data/addresses/0/street").asString()).isEqualTo("Own");
	}

	@Test
	void anotherCompanysClientIsNotFound() {
		long client = create(Map.of("name", "Acme"));
		Api.Call other = this.api.as(this.companies.create().ownerKey());

		Api.Reply reply = other.get("/clients/id/" + client);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.at("/error/code").asString()).isEqualTo("CLIENT_NOT_FOUND");
		assertThat(other.put("/clients/edit/" + client, "{\"name\": \"Stolen\"}").status()).isEqualTo(404);
		assertThat(owner().get("/clients/id/" + client).at("/data/name").asString()).isEqualTo("Acme");
		assertThat(owner().get("/clients/id/abc").status()).isEqualTo(400);
		assertThat(owner().get("/clients/id/99").status()).isEqualTo(404);
	}

	@Test
	void editChangesOnlyTheFieldsSentAndClearsThoseSentAsNull() {
		long address = address("Own");
		long client = create(Map.of("name", "Acme", "taxId", "51-1", "email", "a@acme.com", "type", "MURSHE",
				"addressId", address, "bankNumber", "12", "paymentTermType", "DAYS_ONLY", "paymentTermDays", 30));

		Api.Reply reply = owner().put("/clients/edit/" + client, """
				{"name": " Acme Ltd ", "email": null, "addressId": null, "bankNumber": "", "branchNumber": "600",
				 "paymentTermDays": 0, "type": null}""");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/data/name").asString()).isEqualTo("Acme Ltd");
		assertThat(reply.at("/data/taxId").asString()).isEqualTo("51-1");
		assertThat(reply.at("/data/email").isNull()).isTrue();
		assertThat(reply.at("/data/type").asString()).isEqualTo("COMPANY");
		assertThat(reply.at("/data/addressId").isNull()).isTrue();
		assertThat(reply.at("/data/addresses").isEmpty()).isTrue();
		assertThat(reply.at("/data/bankNumber").isNull()).isTrue();
		assertThat(reply.at("/data/branchNumber").asString()).isEqualTo("600");
		assertThat(reply.at("/data/paymentTermType").asString()).isEqualTo("DAYS_ONLY");
		assertThat(reply.at("/data/paymentTermDays").asInt()).isZero();
		assertThat(owner().get("/clients/id/" + client).json()).isEqualTo(reply.json());
	}

	@Test
	void emptyEditChangesNothing() {
		long client = create(Map.of("name", "Acme", "taxId", "51-1"));
		Api.Reply before = owner().get("/clients/id/" + client);

		Api.Reply reply = owner().put("/clients/edit/" + client, "{}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json()).isEqualTo(before.json());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name cleared                   | {"name": null}                       | name
			name blanked                   | {"name": ""}                         | name
			bad type                       | {"type": "LTD"}                      | type
			bad payment term days          | {"paymentTermDays": 400}             | paymentTermDays
			address not of this company    | {"addressId": 1}                     | addressId
			a contact cannot be nested     | {"contact": {"firstName": "Dan"}}    | contact
			nor attached                   | {"existingContactId": 1}             | existingContactId
			""")
	void refusesBadEditAndChangesNothing(String description, String body, String field) {
		this.api.as(this.companies.create().ownerKey())
			.post("/addresses/create", Api.json(Map.of("street", "Theirs", "city", "Haifa")));
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan")));
		long client = create(Map.of("name", "Acme"));
		Api.Reply before = owner().get("/clients/id/" + client);

		Api.Reply reply = owner().put("/clients/edit/" + client, body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo(field);
		assertThat(owner().get("/clients/id/" + client).json()).isEqualTo(before.json());
	}

	@Test
	void onlyEditorsAndAboveEdit() {
		long client = create(Map.of("name", "Acme"));

		assertThat(as(Role.VIEWER).get("/clients/id/" + client).status()).isEqualTo(200);
		assertThat(as(Role.VIEWER).get("/clients").status()).isEqualTo(200);
		assertThat(as(Role.EMPLOYEE).put("/clients/edit/" + client, "{}").status()).isEqualTo(403);
		assertThat(as(Role.EDITOR).put("/clients/edit/" + client, "{}").status()).isEqualTo(200);
	}

	@Test
	void clientsCannotBeDeleted() {
		long client = create(Map.of("name", "Acme"));

		assertThat(owner().delete("/clients/id/" + client).status()).isEqualTo(405);
		assertThat(owner().get("/clients/id/" + client).status()).isEqualTo(200);
	}

	private long create(Map<String, Object> fields) {
		Api.Reply reply = owner().post("/clients/create", Api.json(fields));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/visibleId").asLong();
	}

	private long address(String street) {
		Api.Reply reply = owner().post("/addresses/create", Api.json(Map.of("street", street, "city", "Haifa")));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	private void contact(String firstName, long client, Long address) {
		String body = "{\"firstName\": \"%s\", \"clientVisibleId\": %d, \"addressId\": %s}".formatted(firstName, client,
				address);
		assertThat(owner().post("/contacts/create", body).status()).isEqualTo(201);
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

	private Api.Call as(Role role) {
		return this.api.as(this.acme.key(role));
	}

}
