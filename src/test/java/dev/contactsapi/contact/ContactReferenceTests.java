package dev.contactsapi.contact;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;
import dev.contactsapi.support.TestRecords;

import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact points at an address and a client of its own company, and at nothing else.
 */
@ApiTest
class ContactReferenceTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	Api.Call acme;

	ContactRequests contacts;

	long address;

	long client;

	long otherCompanysAddress;

	long otherCompanysClient;

	@BeforeEach
	void twoCompanies() {
		this.acme = this.api.as(this.companies.create().ownerKey());
		this.contacts = new ContactRequests(this.acme);
		Api.Call globex = this.api.as(this.companies.create().ownerKey());
		TestRecords.client(globex);
		this.otherCompanysAddress = TestRecords.address(globex);
		this.otherCompanysClient = TestRecords.client(globex);
		this.address = TestRecords.address(this.acme);
		this.client = TestRecords.client(this.acme);
	}

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "integers", "digit strings" })
	void createAcceptsAddressAndClientOfTheSameCompany(String form) {
		String body = references(this.address, this.client, form.equals("digit strings"));

		JsonNode created = this.contacts.created(body);

		assertThat(created.at("/addressId").asLong()).isEqualTo(this.address);
		assertThat(created.at("/clientVisibleId").asLong()).isEqualTo(this.client);
		assertThat(created.at("/address/id").asLong()).isEqualTo(this.address);
	}

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "integers", "digit strings" })
	void editAcceptsAddressAndClientOfTheSameCompany(String form) {
		this.contacts.createdNamed("John");

		Api.Reply reply = this.contacts.edit(1, references(this.address, this.client, form.equals("digit strings")));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/data/address/id").asLong()).isEqualTo(this.address);
		assertThat(this.contacts.stored(1)).isEqualTo(reply.at("/data"));
		assertThat(this.contacts.stored(1).at("/addressId").asLong()).isEqualTo(this.address);
		assertThat(this.contacts.stored(1).at("/clientVisibleId").asLong()).isEqualTo(this.client);
	}

	@Test
	void createRefusesAnotherCompanysAddressAndWritesNothing() {
		assertInvalid(this.contacts.create(withAddress(this.otherCompanysAddress)), "addressId");

		assertNothingWritten();
	}

	@Test
	void createRefusesAnotherCompanysClientAndWritesNothing() {
		assertInvalid(this.contacts.create(withClient(this.otherCompanysClient)), "clientVisibleId");

		assertNothingWritten();
	}

	@Test
	void createRefusesReferencesToNothingAndWritesNothing() {
		assertInvalid(this.contacts.create(withAddress(Long.MAX_VALUE)), "addressId");
		assertInvalid(this.contacts.create(withClient(this.client + 1)), "clientVisibleId");

		assertNothingWritten();
	}

	@Test
	void editRefusesForeignOrMissingReferencesAndChangesNothing() {
		JsonNode created = this.contacts.created(references(this.address, this.client, false));

		assertInvalid(this.contacts.edit(1, withAddress(this.otherCompanysAddress)), "addressId");
		assertInvalid(this.contacts.edit(1, withClient(this.otherCompanysClient)), "clientVisibleId");
		assertInvalid(this.contacts.edit(1, withAddress(this.address + 1_000_000)), "addressId");
		assertInvalid(this.contacts.edit(1, withClient(this.client + 1)), "clientVisibleId");

		assertThat(this.contacts.stored(1)).isEqualTo(created);
	}

	@Test
	void editWithNullUnlinksAddressAndClient() {
		this.contacts.created(references(this.address, this.client, false));

		Api.Reply reply = this.contacts.edit(1, """
				{"addressId": null, "clientVisibleId": null}""");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/data/addressId").isNull()).isTrue();
		assertThat(reply.at("/data/clientVisibleId").isNull()).isTrue();
		assertThat(reply.at("/data/address").isNull()).isTrue();
	}

	/**
	 * A refused create leaves no contact and spends no visibleId.
	 */
	private void assertNothingWritten() {
		assertThat(this.contacts.listed("").at("/pagination/total").asLong()).isZero();
		assertThat(this.contacts.createdNamed("John")).isEqualTo(1);
	}

	private static String references(long address, long client, boolean asStrings) {
		String quote = asStrings ? "\"" : "";
		return """
				{"firstName": "John", "addressId": %s%d%s, "clientVisibleId": %s%d%s}""".formatted(quote, address,
				quote, quote, client, quote);
	}

	private static String withAddress(long address) {
		return """
				{"firstName": "John", "addressId": %d}""".formatted(address);
	}

	private static String withClient(long client) {
		return """
				{"firstName": "John", "clientVisibleId": %d}""".formatted(client);
	}

}
