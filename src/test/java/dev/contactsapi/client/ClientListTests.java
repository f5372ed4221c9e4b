package dev.contactsapi.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ClientListTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	@BeforeEach
	void newCompanyWithClients() {
		this.acme = this.companies.create();
		create("""
				{"name": "Acme Ltd", "taxId": "51-111", "email": "billing@acme.com", "type": "COMPANY",
				 "contact": {"firstName": "John"}}""");
		create("""
				{"name": "Dana Levi", "taxId": "0123456", "email": "Dana@Levi.co.il", "type": "MURSHE"}""");
		create("""
				{"name": "Élan Studio", "taxId": "51-222", "type": "PATOOR", "contact": {"firstName": "Ruth"}}""");
	}

	@Test
	void listsTheCompanysClientsByVisibleIdWithTheListFields() {
		this.api.as(this.companies.create().ownerKey()).post("/clients/create", "{\"name\": \"Theirs\"}");

		Api.Reply reply = owner().get("/clients");

		assertThat(visibleIds(reply)).containsExactly(1L, 2L, 3L);
		JsonNode first = reply.at("/data/0");
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("visibleId", "name", "taxId", "email", "type",
				"createdAt", "balance");
		assertThat(first.get("name").asString()).isEqualTo("Acme Ltd");
		assertThat(first.get("balance").asInt()).isZero();
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(3);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			search by name, ignoring accents and case    | search=elan%20STUDIO         | 3
			search by tax id                             | search=0123                  | 2
			search by email                              | search=levi.co               | 2
			search over several fields                   | search=acme%2051-111         | 1
			type                                         | type=MURSHE                  | 2
			email, ignoring case                         | email=dana@levi.co.il        | 2
			tax id                                       | taxId=51-222                 | 3
			tax id is exact                              | taxId=51                     | ''
			with contacts                                | hasContacts=true             | 1,3
			without contacts                             | hasContacts=false            | 2
			filters together                             | hasContacts=true&type=PATOOR | 3
			filters and search together                  | hasContacts=true&search=ltd  | 1
			""")
	void narrowsTheList(String description, String query, String expected) {
		List<Long> ids = new ArrayList<>();
		for (String id : expected.split(",")) {
			if (!id.isEmpty()) {
				ids.add(Long.valueOf(id));
			}
		}

		Api.Reply reply = owner().get("/clients?" + query);

		assertThat(visibleIds(reply)).containsExactlyElementsOf(ids);
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(ids.size());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			type in lower case     | type=company      | type        | MURSHE, COMPANY, PATOOR
			type unknown           | type=LTD          | type        | MURSHE, COMPANY, PATOOR
			type empty             | type=             | type        | MURSHE, COMPANY, PATOOR
			hasContacts not a bool | hasContacts=yes   | hasContacts | true, false
			hasContacts empty      | hasContacts=      | hasContacts | true, false
			email empty            | email=            | email       | empty
			tax id with NUL        | taxId=51%00       | taxId       | control characters
			page zero              | page=0            | page        | at least 1
			limit too large        | limit=101         | limit       | 1 to 100
			""")
	void refusesBadFilterValues(String description, String query, String parameter, String allowed) {
		Api.Reply reply = owner().get("/clients?" + query);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/code").asString()).isEqualTo("INVALID_FIELD");
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo(parameter);
		assertThat(reply.at("/error/issues/0/message").asString()).contains(allowed);
	}

	@Test
	void namesEveryBadFilterAtOnce() {
		Api.Reply reply = owner().get("/clients?type=x&hasContacts=x");

		assertThat(reply.at("/error/issues").size()).isEqualTo(2);
	}

	@Test
	void pagesThroughTheClients() {
		Api.Reply reply = owner().get("/clients?page=2&limit=2");

		assertThat(visibleIds(reply)).containsExactly(3L);
		assertThat(reply.at("/pagination/offset").asLong()).isEqualTo(2);
		assertThat(reply.at("/pagination/hasMore").asBoolean()).isFalse();
		assertThat(owner().get("/clients?limit=2").at("/pagination/hasMore").asBoolean()).isTrue();
	}

	private void create(String body) {
		assertThat(owner().post("/clients/create", body).status()).isEqualTo(201);
	}

	private static List<Long> visibleIds(Api.Reply reply) {
		assertThat(reply.status()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : reply.at("/data")) {
			ids.add(item.get("visibleId").asLong());
		}
		return ids;
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

}
