package dev.contactsapi.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertError;
import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever goes wrong, and however the request is dressed, the answer is the contract's
 * JSON.
 */
@ApiTest
class ErrorResponseTests {

	private static final int ONE_MIB = 1024 * 1024;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	String key;

	Api.Call owner;

	@BeforeEach
	void companyWithOneContact() {
		this.key = this.companies.create().ownerKey();
		this.owner = this.api.as(this.key);
		assertThat(this.owner.post("/contacts/create", "{\"firstName\": \"John\"}").status()).isEqualTo(201);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/nope", "/contacts/id", "/contacts/id/1/more", "/contacts/list", "/api/v1/contacts",
			"/index.html", "/error" })
	void unknownRouteIsNotFound(String path) {
		assertError(this.owner.get(path), 404, "NOT_FOUND");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "DELETE, /contacts", "POST, /contacts", "PATCH, /contacts/edit/1", "POST, /contacts/id/1",
			"GET, /contacts/create", "PUT, /contacts/create", "GET, /contacts/delete/1", "POST, /contacts/edit/1" })
	void wrongMethodOnAKnownRouteIsNotAllowed(String method, String path) {
		Api.Reply reply = this.owner.send(method, path, "{}", "application/json");

		assertError(reply, 405, "METHOD_NOT_ALLOWED");
		assertThat(reply.header("Allow")).isNotBlank();
	}

	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "application/xml", "text/json",
			"multipart/form-data; boundary=x" })
	void bodyThatIsNotJsonIsUnsupported(String contentType) {
		assertError(this.owner.send("POST", "/contacts/create", "{\"firstName\": \"Jane\"}", contentType), 415,
				"UNSUPPORTED_MEDIA_TYPE");
		assertError(this.owner.send("PUT", "/contacts/edit/1", "{\"firstName\": \"Jane\"}", contentType), 415,
				"UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void bodyWithoutContentTypeIsUnsupported() {
		assertError(this.owner.send("POST", "/contacts/create", "{\"firstName\": \"Jane\"}", null), 415,
				"UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void jsonWithCharsetIsAccepted() {
		Api.Reply reply = this.owner.send("POST", "/contacts/create", "{\"firstName\": \"Jane\"}",
				"application/json; charset=UTF-8");

		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
	}

	@Test
	void bodyOverOneMebibyteIsTooLarge() {
		assertError(this.owner.post("/contacts/create", bodyOfSize(ONE_MIB + 1)), 413, "PAYLOAD_TOO_LARGE");
		assertError(this.owner.put("/contacts/edit/1", bodyOfSize(2 * ONE_MIB)), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void chunkedBodyOverOneMebibyteIsTooLarge() {
		assertError(this.owner.postChunked("/contacts/create", bodyOfSize(ONE_MIB + 1)), 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void bodyOfExactlyOneMebibyteIsRead() {
		Api.Reply reply = this.owner.post("/contacts/create", bodyOfSize(ONE_MIB));
		Api.Reply chunked = this.owner.postChunked("/contacts/create", bodyOfSize(ONE_MIB));

		assertInvalid(reply, "firstName", "lastName");
		assertInvalid(chunked, "firstName", "lastName");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{", "nope", "{\"firstName\": \"Jane\"", "\u0000" })
	void malformedJsonIsInvalid(String body) {
		assertInvalid(this.owner.post("/contacts/create", body), "body");
	}

	@Test
	void jsonContentTypeIsIgnoredOnGetAndDelete() {
		assertThat(this.owner.send("GET", "/contacts", null, "application/json").status()).isEqualTo(200);
		assertThat(this.owner.send("GET", "/contacts/id/1", null, "application/json").status()).isEqualTo(200);
		assertThat(this.owner.send("DELETE", "/contacts/delete/1", null, "application/json").status()).isEqualTo(200);
	}

	@Test
	void trailingSlashIsAccepted() {
		assertThat(this.owner.get("/contacts/").at("/pagination/total").asLong()).isEqualTo(1);
		assertThat(this.owner.get("/contacts/id/1/").at("/data/firstName").asString()).isEqualTo("John");
		assertThat(this.owner.post("/contacts/create/", "{\"firstName\": \"Jane\"}").status()).isEqualTo(201);
		assertThat(this.owner.put("/contacts/edit/2/", "{\"lastName\": \"Doe\"}").status()).isEqualTo(200);
		assertThat(this.owner.delete("/contacts/delete/2/").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "Accept: {0}")
	@ValueSource(strings = { "text/html", "application/xml", "text/plain", "image/png", "*/*" })
	void answersJsonWhateverTheClientAccepts(String accept) {
		Api.Call call = this.owner.header("Accept", accept);

		Api.Reply found = call.get("/contacts/id/1");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.header("Content-Type")).startsWith("application/json");
		assertThat(found.at("/data/firstName").asString()).isEqualTo("John");
		assertError(call.get("/contacts/id/9"), 404, "CONTACT_NOT_FOUND");
		assertError(call.get("/nope"), 404, "NOT_FOUND");
		assertError(call.get("/contacts/id/abc"), 400, "INVALID_FIELD");
		assertError(this.api.anonymous().header("Accept", accept).get("/contacts"), 401, "NO_ACCESS");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/contacts/%zz", "/contacts/id/%", "/contacts/id/%2F", "/contacts/../contacts",
			"/contacts/id/1;x=1", "/contacts/id/%00" })
	void urlsRefusedBeforeTheApplicationGetTheContractsBody(String path) {
		Api.Reply reply = rawGet(path);

		assertError(reply, 400, "INVALID_FIELD");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "search=%zz", "search=%C3%28", "search=%ED%A0%80", "page=%zz", "%zz=1" })
	void malformedQueryStringIsInvalid(String query) {
		assertError(rawGet("/contacts?" + query), 400, "INVALID_FIELD");
	}

	private Api.Reply rawGet(String path) {
		return this.api.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.key
				+ "\r\nConnection: close\r\n\r\n");
	}

	/**
	 * A well-formed JSON body of exactly this many bytes, with no first name.
	 */
	private static String bodyOfSize(int bytes) {
		String frame = "{\"lastName\": \"\"}";
		return "{\"lastName\": \"" + "a".repeat(bytes - frame.length()) + "\"}";
	}

}
