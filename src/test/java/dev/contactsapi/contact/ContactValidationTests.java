package dev.contactsapi.contact;

import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertError;
import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every family of bad input is refused with a 400 naming the field, by create and by edit
 * alike, and leaves the stored contacts as they were.
 */
@ApiTest
class ContactValidationTests {

	private static final List<String> TEXT_FIELDS = List.of("firstName", "lastName", "email", "phoneNumber");

	private static final List<String> ID_FIELDS = List.of("addressId", "clientVisibleId");

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	ContactRequests contacts;

	JsonNode stored;

	@BeforeEach
	void companyWithOneContact() {
		this.contacts = new ContactRequests(this.api.as(this.companies.create().ownerKey()));
		this.stored = this.contacts.created("""
				{"firstName": "John", "lastName": "Doe", "email": "john@acme.com", "phoneNumber": "050-1234567"}""");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource
	void refusesTextGivenAsAnotherJsonType(String field, String value) {
		assertRefusedWithoutChange(field, value);
	}

	static Stream<Arguments> refusesTextGivenAsAnotherJsonType() {
		return TEXT_FIELDS.stream()
			.flatMap((field) -> Stream.of("12", "1.5", "true", "false", "{}", "{\"a\": \"b\"}", "[]", "[\"John\"]")
				.map((value) -> arguments(field, value)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource
	void refusesTextTooLong(String field, String value) {
		assertRefusedWithoutChange(field, value);
	}

	static Stream<Arguments> refusesTextTooLong() {
		return Stream.of(arguments("firstName", quoted("a".repeat(101))),
				arguments("lastName", quoted("b".repeat(101))),
				arguments("email",
						quoted("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58)
								+ ".com")),
				arguments("phoneNumber", quoted("1".repeat(33))),
				arguments("phoneNumber", quoted("+972 (50) 123-4567 . 123 456 7890")));
	}

	@Test
	void acceptsTextAtTheMaximumLengths() {
		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
		String body = """
				{"firstName": "%s", "lastName": "%s", "email": "%s", "phoneNumber": "%s"}""".formatted("a".repeat(100),
				"b".repeat(100), email, "1".repeat(32));

		JsonNode created = this.contacts.created(body);

		assertThat(email).hasSize(254);
		assertThat(created.at("/firstName").asString()).hasSize(100);
		assertThat(created.at("/email").asString()).isEqualTo(email);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource
	void refusesControlCharacters(String field, String value) {
		assertRefusedWithoutChange(field, value);
	}

	static Stream<Arguments> refusesControlCharacters() {
		return TEXT_FIELDS.stream()
			.flatMap((field) -> Stream
				.of("\"Jo\\u0000hn\"", "\"\\u0000\"", "\"Jo\\u0001hn\"", "\"Jo\\rhn\"", "\"Jo\\u001bhn\"",
						"\"Jo\\u007fhn\"", "\"Jo\\u0085hn\"", "\"Jo\\u009fhn\"")
				.map((value) -> arguments(field, value)));
	}

	@Test
	void acceptsTabAndNewlineInsideText() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John\\tJames", "lastName": "Doe\\nRoe"}""");

		assertThat(created.at("/firstName").asString()).isEqualTo("John\tJames");
		assertThat(created.at("/lastName").asString()).isEqualTo("Doe\nRoe");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource
	void refusesLoneSurrogates(String field, String value) {
		assertRefusedWithoutChange(field, value);
	}

	static Stream<Arguments> refusesLoneSurrogates() {
		return TEXT_FIELDS.stream()
			.flatMap((field) -> Stream.of("\"\\ud800\"", "\"Jo\\udc00hn\"", "\"John\\ud83d\"", "\"\\ude00John\"")
				.map((value) -> arguments(field, value)));
	}

	@Test
	void acceptsCharactersOutsideTheBasicPlane() {
		JsonNode created = this.contacts.created("""
				{"firstName": "John \\ud83d\\ude00", "lastName": "\u05db\u05d4\u05df"}""");

		assertThat(created.at("/firstName").asString()).isEqualTo("John \ud83d\ude00");
		assertThat(created.at("/lastName").asString()).isEqualTo("\u05db\u05d4\u05df");
	}

	@ParameterizedTest(name = "email: {0}")
	@ValueSource(strings = { "john", "john@", "@acme.com", "john@acme", "john@localhost", "john@acme.", "john@.com",
			"john doe@acme.com", "john@ac me.com", "john@@acme.com", "john@acme..com", "<john@acme.com>",
			"john@acme.com,jane@acme.com" })
	void refusesInvalidEmails(String email) {
		assertRefusedWithoutChange("email", quoted(email));
	}

	@ParameterizedTest(name = "phoneNumber: {0}")
	@ValueSource(strings = { "abc", "050-ABCDEFG", "12", "1-2", "+(1)", "050_1234567", "050/1234567", "050#123",
			"050*123", "ext. 12", "050\u00a01234567", "\u0665\u0660\u0661\u0662" })
	void refusesInvalidPhoneNumbers(String phone) {
		assertRefusedWithoutChange("phoneNumber", quoted(phone));
	}

	@ParameterizedTest(name = "phoneNumber: {0}")
	@ValueSource(strings = { "123", "050-1234567", "+972 (50) 123.4567", "03 765 4321" })
	void acceptsPhoneNumbers(String phone) {
		Api.Reply reply = this.contacts.edit(1, "{\"phoneNumber\": " + quoted(phone) + "}");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(this.contacts.stored(1).at("/phoneNumber").asString()).isEqualTo(phone);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource
	void refusesIdsThatAreNotPositiveIntegers(String field, String value) {
		assertRefusedWithoutChange(field, value);
	}

	static Stream<Arguments> refusesIdsThatAreNotPositiveIntegers() {
		return ID_FIELDS.stream()
			.flatMap((field) -> Stream
				.of("1.5", "1.0", "1e3", "\"1e3\"", "\"abc\"", "\"1.5\"", "\" 1\"", "\"-1\"", "\"\"", "true", "0",
						"\"0\"", "-1", "{}", "[1]", "99999999999999999999")
				.map((value) -> arguments(field, value)));
	}

	@ParameterizedTest(name = "body {0}")
	@ValueSource(strings = { "[]", "[{\"firstName\": \"Jane\"}]", "\"Jane\"", "null", "42", "true" })
	void refusesBodiesThatAreNotObjects(String body) {
		assertBodyRefusedWithoutChange(body);
	}

	@ParameterizedTest(name = "body {0}")
	@ValueSource(strings = { "{", "{\"firstName\": }", "{\"firstName\": \"Jane\",}", "{'firstName': 'Jane'}",
			"{firstName: \"Jane\"}", "{\"firstName\": \"Jane\"} {}", "{\"firstName\": \"Jane\"} x",
			"{\"firstName\": NaN}", "{\"firstName\": \"Jane\" /* c */}", "" })
	void refusesMalformedJson(String body) {
		assertBodyRefusedWithoutChange(body);
	}

	@Test
	void refusesDuplicateKeys() {
		assertBodyRefusedWithoutChange("""
				{"firstName": "Jane", "firstName": "Jim"}""");
		assertBodyRefusedWithoutChange("""
				{"firstName": "Jane", "lastName": "Doe", "lastName": null}""");
	}

	@ParameterizedTest(name = "/{0}")
	@ValueSource(strings = { "abc", "0", "-1", "1.5", "1e3", "0x1", "%20", "1%20", "+1", "00" })
	void refusesPathIdsThatAreNotPositiveIntegers(String visibleId) {
		assertInvalid(this.contacts.get(visibleId), "visibleId");
		assertInvalid(this.contacts.edit(visibleId, "{\"firstName\": \"Jane\"}"), "visibleId");
		assertInvalid(this.contacts.delete(visibleId), "visibleId");

		assertThat(this.contacts.stored(1)).isEqualTo(this.stored);
	}

	@ParameterizedTest(name = "/{0}")
	@ValueSource(strings = { "9223372036854775807", "9223372036854775808", "99999999999999999999999999999" })
	void answersNotFoundForPathIdsTooLargeToExist(String visibleId) {
		assertError(this.contacts.get(visibleId), 404, "CONTACT_NOT_FOUND");
		assertError(this.contacts.edit(visibleId, "{\"firstName\": \"Jane\"}"), 404, "CONTACT_NOT_FOUND");
		assertError(this.contacts.delete(visibleId), 404, "CONTACT_NOT_FOUND");
	}

	@Test
	void acceptsPathIdsWithLeadingZeros() {
		assertThat(this.contacts.get("0001").at("/data")).isEqualTo(this.stored);
	}

	@Test
	void namesEveryFaultyFieldInOneAnswer() {
		Api.Reply reply = this.contacts.create("""
				{"lastName": 7, "email": "nope", "phoneNumber": "x", "addressId": "a", "extra": 1}""");

		assertInvalid(reply, "firstName", "lastName", "email", "phoneNumber", "addressId", "extra");
	}

	/**
	 * Sends the value as the only field of an edit and, with a valid first name, of a
	 * create; both must be refused naming the field, and nothing may change.
	 */
	private void assertRefusedWithoutChange(String field, String value) {
		String edit = "{\"" + field + "\": " + value + "}";
		String create = field.equals("firstName") ? edit
				: "{\"firstName\": \"Jane\", \"" + field + "\": " + value + "}";

		assertInvalid(this.contacts.create(create), field);
		assertInvalid(this.contacts.edit(1, edit), field);

		assertUnchanged();
	}

	private void assertBodyRefusedWithoutChange(String body) {
		assertInvalid(this.contacts.create(body), "body");
		assertInvalid(this.contacts.edit(1, body), "body");

		assertUnchanged();
	}

	/**
	 * The one stored contact is as created, and no other was written.
	 */
	private void assertUnchanged() {
		assertThat(this.contacts.stored(1)).isEqualTo(this.stored);
		assertThat(ContactRequests.visibleIds(this.contacts.listed(""))).containsExactly(1L);
	}

	private static String quoted(String text) {
		return Api.json(text);
	}

}
