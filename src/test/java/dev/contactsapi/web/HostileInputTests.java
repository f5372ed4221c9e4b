package dev.contactsapi.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;
import dev.contactsapi.support.TestRecords;

import static dev.contactsapi.support.ContractErrors.assertError;
import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input made to hurt the server: huge runs of blanks or digits, odd content types and
 * methods, doubled credentials, look-alike letters and characters that are not what they
 * seem. Each gets the contract's answer, promptly.
 */
@ApiTest
class HostileInputTests {

	private static final int TWO_MIB = 2 * 1024 * 1024;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	Api.Call owner;

	@BeforeEach
	void companyWithOneContact() {
		this.acme = this.companies.create();
		this.owner = this.api.as(this.acme.ownerKey());
		assertThat(this.owner.post("/contacts/create", "{\"firstName\": \"John\", \"lastName\": \"Doe\"}").status())
			.isEqualTo(201);
	}

	@Test
	void textWithAHugeInnerRunOfBlanksIsTooLong() {
		String firstName = "x" + " ".repeat(300_000) + "x";

		Api.Reply reply = this.owner.post("/contacts/create", Api.json(Map.of("firstName", firstName)));

		assertInvalid(reply, "firstName");
		assertThat(reply.at("/message").asString()).contains("firstName: must be at most 100 characters");
	}

	@Test
	void idOfAMillionDigitsIsTooLarge() {
		String addressId = "1" + "0".repeat(999_999);

		Api.Reply reply = this.owner.post("/contacts/create",
				Api.json(Map.of("firstName", "Jane", "addressId", addressId)));

		assertInvalid(reply, "addressId");
		assertThat(reply.at("/message").asString()).contains("addressId: is too large");
	}

	@Test
	void idWithManyLeadingZerosIsItsValue() {
		long address = TestRecords.address(this.owner);
		String addressId = "0".repeat(500_000) + address;

		Api.Reply reply = this.owner.post("/contacts/create",
				Api.json(Map.of("firstName", "Jane", "addressId", addressId)));

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		assertThat(reply.at("/data/addressId").asLong()).isEqualTo(address);
	}

	@Test
	void pathIdWithLeadingZerosIsItsValue() {
		Api.Reply reply = this.owner.get("/contacts/id/" + "0".repeat(1000) + "1");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/data/firstName").asString()).isEqualTo("John");
	}

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "*/*", "application/*", "text/*", "garbage", "/", "application/", "json" })
	void bodyWithAWildcardOrGarbageContentTypeIsUnsupported(String contentType) {
		assertError(this.owner.send("POST", "/contacts/create", "{\"firstName\": \"Jane\"}", contentType), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		assertError(this.owner.send("PUT", "/contacts/edit/1", "{\"firstName\": \"Jane\"}", contentType), 415,
				"UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void jsonWithEmptyParametersIsJson() {
		// RFC 9110 allows empty parameters: "application/json;;;" is application/json.
		Api.Reply reply = this.owner.send("POST", "/contacts/create", "{\"firstName\": \"Jane\"}",
				"application/json;;;");

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
	}

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "multipart/form-data", "*/*", "garbage" })
	void contentTypeOfARequestWithoutBodyIsIgnored(String contentType) {
		Api.Reply list = this.owner.send("GET", "/contacts", null, contentType);
		Api.Reply one = this.owner.send("GET", "/contacts/id/1", null, contentType);
		Api.Reply deleted = this.owner.send("DELETE", "/contacts/delete/1", null, contentType);

		assertThat(list.status()).as(list.text()).isEqualTo(200);
		assertThat(list.at("/pagination/total").asLong()).isEqualTo(1);
		assertThat(one.status()).as(one.text()).isEqualTo(200);
		assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
	}

	@Test
	void formBodyOfTwoMebibytesIsTooLargeRatherThanParsed() {
		String form = "firstName=" + "a".repeat(TWO_MIB);

		Api.Reply reply = this.owner.send("POST", "/contacts/create", form, "application/x-www-form-urlencoded");

		// The body's size is checked before its type: never a 400 about the query.
		assertError(reply, 413, "PAYLOAD_TOO_LARGE");
	}

	@ParameterizedTest(name = "email: {0}")
	@ValueSource(strings = { "jo\\ud800hn@acme.com", "john@acme.com\\udc00", "jo\\u0085hn@acme.com",
			"john@acme.com\\u0085" })
	void emailWithALoneSurrogateOrAControlCharacterIsInvalid(String email) {
		assertInvalid(this.owner.post("/contacts/create", """
				{"firstName": "Jane", "email": "%s"}""".formatted(email)), "email");
		assertInvalid(this.owner.post("/clients/create", """
				{"name": "Acme Ltd", "email": "%s"}""".formatted(email)), "email");
		assertInvalid(this.owner.post("/clients/create", """
				{"name": "Acme Ltd", "contact": {"firstName": "Jane", "email": "%s"}}""".formatted(email)),
				"contact.email");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "PROPFIND", "OPTIONS", "FOO" })
	void unknownOrOptionsMethodIsNotAllowedForAKeyAndUnauthorizedWithout(String method) {
		Api.Call viewer = this.api.as(this.acme.key(Role.VIEWER));

		assertError(viewer.send(method, "/contacts", null, null), 405, "METHOD_NOT_ALLOWED");
		assertError(viewer.send(method, "/contacts/id/1", null, null), 405, "METHOD_NOT_ALLOWED");
		assertError(this.api.anonymous().send(method, "/contacts", null, null), 401, "NO_ACCESS");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator/health", "/actuator/health/readiness" })
	void healthIgnoresAnyAuthorizationHeader(String path) {
		for (String authorization : List.of("Bearer nope", "Basic abc", "Bearer " + this.acme.ownerKey())) {
			Api.Reply reply = this.api.anonymous().header("Authorization", authorization).get(path);

			assertThat(reply.status()).as(authorization + ": " + reply.text()).isEqualTo(200);
		}
	}

	@Test
	void twoAuthorizationHeadersAreRefused() {
		String viewer = this.acme.key(Role.VIEWER);

		assertError(withTwoKeys(this.acme.ownerKey(), viewer), 401, "NO_ACCESS");
		assertError(withTwoKeys(this.acme.ownerKey(), "glnc_sk_nope"), 401, "NO_ACCESS");
		assertError(withTwoKeys("glnc_sk_nope", viewer), 401, "NO_ACCESS");
	}

	@ParameterizedTest(name = "country: {0}")
	@ValueSource(strings = { "ß", "ıl", "ſe", "ＩＬ", "I" })
	void countryThatOnlyUpperCasesIntoACodeIsInvalid(String country) {
		assertInvalid(this.owner.post("/addresses/create", address(country)), "country");
	}

	@Test
	void countryCodeInLowerCaseIsStoredInUpperCase() {
		Api.Reply reply = this.owner.post("/addresses/create", address("il"));

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		assertThat(reply.at("/data/country").asString()).isEqualTo("IL");
	}

	@ParameterizedTest(name = "?search={0}")
	@ValueSource(strings = { "john%20doe", "john%C2%A0doe", "john%E3%80%80doe", "%E2%80%83john%E2%80%AFdoe%C2%A0" })
	void searchSplitsWordsOnUnicodeSpaces(String search) {
		this.owner.post("/contacts/create", "{\"firstName\": \"Jane\", \"lastName\": \"Roe\"}");

		Api.Reply reply = this.owner.get("/contacts?search=" + search);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/0/firstName").asString()).isEqualTo("John");
	}

	@ParameterizedTest(name = "?search={0}")
	@ValueSource(strings = { "%CC%81", "%CC%81%20%CC%81", "%C2%A0" })
	void searchOfNothingButMarksOrSpacesFindsEverything(String search) {
		this.owner.post("/contacts/create", "{\"firstName\": \"Jane\", \"lastName\": \"Roe\"}");

		Api.Reply reply = this.owner.get("/contacts?search=" + search);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(2);
	}

	private Api.Reply withTwoKeys(String first, String second) {
		return this.api.raw("""
				GET /contacts HTTP/1.1\r
				Host: localhost\r
				Authorization: Bearer %s\r
				Authorization: Bearer %s\r
				Connection: close\r
				\r
				""".formatted(first, second));
	}

	private static String address(String country) {
		return Api.json(Map.of("street", "123 Main St", "city", "Tel Aviv", "zip", "6100000", "country", country));
	}

}
