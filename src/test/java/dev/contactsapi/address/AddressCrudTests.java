package dev.contactsapi.address;

import java.util.Map;
import java.util.regex.Pattern;

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
class AddressCrudTests {

	/** {@code %N} in a body stands for N letters. */
	private static final Pattern LENGTH = Pattern.compile("%(\\d+)");

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
	void createsAddressWithLocationAndWholeRepresentation() {
		Api.Reply reply = owner().post("/addresses/create", """
				{"name": " HQ ", "street": "Herzl", "streetNumber": "12a", "city": "Tel Aviv", "zip": "6100000",
				 "country": "il", "notes": "Ring twice\\nthen wait"}""");

		assertThat(reply.status()).isEqualTo(201);
		long id = reply.at("/data/id").asLong();
		assertThat(reply.header("Location")).isEqualTo("/addresses/id/" + id);
		assertThat(reply.at("/data/name").asString()).isEqualTo("HQ");
		assertThat(reply.at("/data/streetNumber").asString()).isEqualTo("12a");
		assertThat(reply.at("/data/country").asString()).isEqualTo("IL");
		assertThat(reply.at("/data/notes").asString()).isEqualTo("Ring twice\nthen wait");
		assertThat(owner().get("/addresses/id/" + id).json()).isEqualTo(reply.json());
	}

	@Test
	void leavesOutOptionalFieldsAsNull() {
		Api.Reply reply = owner().post("/addresses/create", """
				{"street": "Herzl", "city": "Haifa", "name": "  ", "zip": null}""");

		assertThat(reply.status()).isEqualTo(201);
		for (String field : new String[] { "name", "streetNumber", "zip", "country", "notes" }) {
			assertThat(reply.at("/data/" + field).isNull()).as(field).isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			street missing                | {"city": "Haifa"}                                           | street
			street blank                  | {"street": "  ", "city": "Haifa"}                           | street
			city missing                  | {"street": "Herzl"}                                         | city
			street too long               | {"street": "%201", "city": "Haifa"}                         | street
			city too long                 | {"street": "Herzl", "city": "%201"}                         | city
			name too long                 | {"street": "Herzl", "city": "Haifa", "name": "%51"}         | name
			street number too long        | {"street": "Herzl", "city": "Haifa", "streetNumber": "%51"} | streetNumber
			zip too long                  | {"street": "Herzl", "city": "Haifa", "zip": "%51"}          | zip
			notes too long                | {"street": "Herzl", "city": "Haifa", "notes": "%1001"}      | notes
			country of three letters      | {"street": "Herzl", "city": "Haifa", "country": "ISR"}      | country
			country that does not exist   | {"street": "Herzl", "city": "Haifa", "country": "XX"}       | country
			country as a number           | {"street": "Herzl", "city": "Haifa", "country": 972}        | country
			street as a number            | {"street": 12, "city": "Haifa"}                             | street
			city with a control character | {"street": "Herzl", "city": "Hai\\u0000fa"}                 | city
			unknown field                 | {"street": "Herzl", "city": "Haifa", "floor": 3}            | floor
			""")
	void refusesBadFieldAndWritesNothing(String description, String body, String field) {
		Api.Reply reply = owner().post("/addresses/create", expand(body));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/code").asString()).isEqualTo("INVALID_FIELD");
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo(field);
		assertThat(owner().get("/addresses").at("/pagination/total").asLong()).isZero();
	}

	@Test
	void ignoresReadOnlyFieldsSentBack() {
		Api.Reply reply = owner().post("/addresses/create", """
				{"id": 999, "street": "Herzl", "city": "Haifa"}""");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.at("/data/id").asLong()).isNotEqualTo(999);
	}

	@Test
	void editChangesOnlyTheFieldsSentAndClearsThoseSentAsNull() {
		long id = create(Map.of("name", "HQ", "street", "Herzl", "city", "Haifa", "zip", "123", "notes", "n"));

		Api.Reply reply = owner().put("/addresses/" + id, """
				{"city": " Tel Aviv ", "zip": null, "notes": "", "country": "fr"}""");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/data/name").asString()).isEqualTo("HQ");
		assertThat(reply.at("/data/street").asString()).isEqualTo("Herzl");
		assertThat(reply.at("/data/city").asString()).isEqualTo("Tel Aviv");
		assertThat(reply.at("/data/zip").isNull()).isTrue();
		assertThat(reply.at("/data/notes").isNull()).isTrue();
		assertThat(reply.at("/data/country").asString()).isEqualTo("FR");
		assertThat(owner().get("/addresses/id/" + id).json()).isEqualTo(reply.json());
	}

	@Test
	void emptyEditChangesNothing() {
		long id = create(Map.of("street", "Herzl", "city", "Haifa"));
		Api.Reply before = owner().get("/addresses/id/" + id);

		Api.Reply reply = owner().put("/addresses/" + id, "{}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json()).isEqualTo(before.json());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			street cleared       | {"street": null}        | street
			street blanked       | {"street": " "}         | street
			city cleared         | {"city": null}          | city
			bad country          | {"country": "Israel"}   | country
			unknown field        | {"floor": 3}            | floor
			""")
	void refusesBadEditAndChangesNothing(String description, String body, String field) {
		long id = create(Map.of("street", "Herzl", "city", "Haifa"));
		Api.Reply before = owner().get("/addresses/id/" + id);

		Api.Reply reply = owner().put("/addresses/" + id, body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo(field);
		assertThat(owner().get("/addresses/id/" + id).json()).isEqualTo(before.json());
	}

	@Test
	void anotherCompanysAddressIsNotFound() {
		long id = create(Map.of("street", "Herzl", "city", "Haifa"));
		Api.Call other = this.api.as(this.companies.create().ownerKey());

		assertThat(other.get("/addresses/id/" + id).status()).isEqualTo(404);
		assertThat(other.get("/addresses/id/" + id).at("/error/code").asString()).isEqualTo("ADDRESS_NOT_FOUND");
		assertThat(other.put("/addresses/" + id, "{\"city\": \"Eilat\"}").status()).isEqualTo(404);
		assertThat(other.delete("/addresses/" + id).status()).isEqualTo(404);
		assertThat(other.get("/addresses").at("/pagination/total").asLong()).isZero();
		assertThat(owner().get("/addresses/id/" + id).at("/data/city").asString()).isEqualTo("Haifa");
	}

	@Test
	void referencingAnotherCompanysAddressIsRefused() {
		long theirs = this.api.as(this.companies.create().ownerKey())
			.post("/addresses/create", Api.json(Map.of("street", "Herzl", "city", "Haifa")))
			.at("/data/id")
			.asLong();

		Api.Reply contact = owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan", "addressId", theirs)));
		Api.Reply client = owner().post("/clients/create", Api.json(Map.of("name", "Acme", "addressId", theirs)));

		assertThat(contact.status()).isEqualTo(400);
		assertThat(contact.at("/error/issues/0/path/0").asString()).isEqualTo("addressId");
		assertThat(client.status()).isEqualTo(400);
		assertThat(client.at("/error/issues/0/path/0").asString()).isEqualTo("addressId");
		assertThat(owner().get("/clients").at("/pagination/total").asLong()).isZero();
	}

	@Test
	void pathIdThatIsNotAPositiveIntegerIsRefused() {
		assertThat(owner().get("/addresses/id/abc").status()).isEqualTo(400);
		assertThat(owner().put("/addresses/0", "{}").status()).isEqualTo(400);
		assertThat(owner().delete("/addresses/-1").status()).isEqualTo(400);
		assertThat(owner().get("/addresses/id/99999999999999999999").status()).isEqualTo(404);
	}

	@Test
	void rolesGateEachRoute() {
		long id = create(Map.of("street", "Herzl", "city", "Haifa"));
		String body = Api.json(Map.of("street", "Herzl", "city", "Haifa"));

		assertThat(as(Role.VIEWER).get("/addresses").status()).isEqualTo(200);
		assertThat(as(Role.VIEWER).get("/addresses/id/" + id).status()).isEqualTo(200);
		assertThat(as(Role.VIEWER).post("/addresses/create", body).status()).isEqualTo(403);
		assertThat(as(Role.EMPLOYEE).post("/addresses/create", body).status()).isEqualTo(201);
		assertThat(as(Role.EMPLOYEE).put("/addresses/" + id, "{}").status()).isEqualTo(403);
		assertThat(as(Role.EMPLOYEE).delete("/addresses/" + id).status()).isEqualTo(403);
		assertThat(as(Role.EDITOR).put("/addresses/" + id, "{}").status()).isEqualTo(200);
		assertThat(as(Role.EDITOR).delete("/addresses/" + id).status()).isEqualTo(200);
	}

	/**
	 * Replaces {@code %N} with a string of N letters.
	 */
	private static String expand(String body) {
		return LENGTH.matcher(body).replaceAll((match) -> "a".repeat(Integer.parseInt(match.group(1))));
	}

	private long create(Map<String, Object> fields) {
		Api.Reply reply = owner().post("/addresses/create", Api.json(fields));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

	private Api.Call as(Role role) {
		return this.api.as(this.acme.key(role));
	}

}
