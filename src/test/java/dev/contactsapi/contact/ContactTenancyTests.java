package dev.contactsapi.contact;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two companies share the server and never see each other's contacts.
 */
@ApiTest
class ContactTenancyTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	ContactRequests acme;

	ContactRequests globex;

	@BeforeEach
	void twoCompanies() {
		this.acme = new ContactRequests(this.api.as(this.companies.create().ownerKey()));
		this.globex = new ContactRequests(this.api.as(this.companies.create().ownerKey()));
	}

	@Test
	void eachCompanysVisibleIdsStartAtOne() {
		assertThat(this.acme.createdNamed("Alice")).isEqualTo(1);
		assertThat(this.globex.createdNamed("Gina")).isEqualTo(1);
		assertThat(this.acme.createdNamed("Adam")).isEqualTo(2);
		assertThat(this.globex.createdNamed("Greg")).isEqualTo(2);
	}

	@Test
	void listsShowOnlyTheCallersContactsWithSeparateTotals() {
		this.acme.createdNamed("Alice");
		this.acme.createdNamed("Adam");
		this.globex.createdNamed("Gina");

		Api.Reply acmeList = this.acme.listed("");
		Api.Reply globexList = this.globex.listed("?search=a");

		assertThat(acmeList.at("/pagination/total").asLong()).isEqualTo(2);
		assertThat(ContactRequests.firstNames(acmeList)).containsExactly("Alice", "Adam");
		assertThat(globexList.at("/pagination/total").asLong()).isEqualTo(1);
		assertThat(ContactRequests.firstNames(globexList)).containsExactly("Gina");
	}

	@Test
	void anotherCompanysContactDoesNotExistForTheCaller() {
		JsonNode alice = this.acme.created("""
				{"firstName": "Alice"}""");
		this.acme.createdNamed("Adam");
		this.globex.createdNamed("Gina");

		assertError(this.globex.get(2), 404, "CONTACT_NOT_FOUND");
		assertError(this.globex.edit(2, "{\"firstName\": \"Mallory\"}"), 404, "CONTACT_NOT_FOUND");
		assertError(this.globex.delete(2), 404, "CONTACT_NOT_FOUND");
		assertThat(this.globex.edit(1, "{\"lastName\": \"Green\"}").status()).isEqualTo(200);
		assertThat(this.globex.delete(1).status()).isEqualTo(200);

		assertThat(this.acme.stored(1)).isEqualTo(alice);
		assertThat(ContactRequests.visibleIds(this.acme.listed(""))).containsExactly(1L, 2L);
		assertThat(this.acme.stored(2).at("/firstName").asString()).isEqualTo("Adam");
	}

}
