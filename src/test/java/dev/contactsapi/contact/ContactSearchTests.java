package dev.contactsapi.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Search over one company's contacts: names, full name, email and phone, in any case,
 * accent and script. The contacts are made once; the tests only read them.
 */
@ApiTest
@TestInstance(Lifecycle.PER_CLASS)
class ContactSearchTests {

	private static final List<String> EVERYONE = List.of("John", "Émile", "Emilie", "שָׁלוֹם", "דוד", "Ёлка", "Percent",
			"Under_score", "Underxscore", "Back\\slash", "Plain", "mAdDiE");

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	ContactRequests contacts;

	@BeforeAll
	void companyWithContacts() {
		this.contacts = new ContactRequests(this.api.as(this.companies.create().ownerKey()));
		add("firstName", "John", "lastName", "Doe", "email", "john.doe@acme.com", "phoneNumber", "050-1234567");
		add("firstName", "Émile", "lastName", "Zola", "email", "emile@zola.fr");
		add("firstName", "Emilie", "lastName", "Dupont");
		add("firstName", "שָׁלוֹם", "lastName", "כֹּהֵן");
		add("firstName", "דוד", "lastName", "לוי");
		add("firstName", "Ёлка", "lastName", "Иванова");
		add("firstName", "Percent", "lastName", "100% sure");
		add("firstName", "Under_score");
		add("firstName", "Underxscore");
		add("firstName", "Back\\slash");
		add("firstName", "Plain", "phoneNumber", "0501234567");
		add("firstName", "mAdDiE", "lastName", "McDONALD", "phoneNumber", "+972 (3) 765.4321");
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void ignoresAccentsBothWays(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> ignoresAccentsBothWays() {
		return Stream.of(finds("emile", "Émile"), finds("Émile", "Émile"), finds("émilie", "Emilie"),
				finds("ÉMIL", "Émile", "Emilie"), finds("zolà", "Émile"));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void matchesHebrewWithOrWithoutNiqqudAndCyrillicInAnyCase(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> matchesHebrewWithOrWithoutNiqqudAndCyrillicInAnyCase() {
		return Stream.of(finds("שלום", "שָׁלוֹם"), finds("שָׁלוֹם", "שָׁלוֹם"), finds("כהן", "שָׁלוֹם"),
				finds("דָּוִד", "דוד"), finds("ёлка", "Ёлка"), finds("ЕЛКА", "Ёлка"), finds("елка", "Ёлка"),
				finds("иванова", "Ёлка"), finds("ИВАНОВА", "Ёлка"));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void ignoresCase(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> ignoresCase() {
		return Stream.of(finds("jOhN", "John"), finds("EMILE", "Émile"), finds("maddie", "mAdDiE"),
				finds("mcdonald", "mAdDiE"), finds("JOHN.DOE@ACME", "John"));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void matchesFullNameAndEveryWordInAnyField(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> matchesFullNameAndEveryWordInAnyField() {
		return Stream.of(finds("John Doe", "John"), finds("doe john", "John"), finds("hn Do", "John"),
				finds("acme.com", "John"), finds("john acme 4567", "John"), finds("emile zola.fr", "Émile"),
				finds("John Zola"), finds("nobody"));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void matchesPhoneDigitsWhateverThePunctuation(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> matchesPhoneDigitsWhateverThePunctuation() {
		return Stream.of(finds("0501234567", "John", "Plain"), finds("050-1234567", "John", "Plain"),
				finds("050 123", "John", "Plain"), finds("(050) 123-4567", "John", "Plain"),
				finds("1234567", "John", "Plain"), finds("97237654321", "mAdDiE"), finds("765-4321", "mAdDiE"),
				finds("(3) 765", "mAdDiE"));
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@MethodSource
	void treatsPercentUnderscoreAndBackslashLiterally(String search, List<String> found) {
		assertFinds(search, found);
	}

	static Stream<Arguments> treatsPercentUnderscoreAndBackslashLiterally() {
		return Stream.of(finds("%", "Percent"), finds("100%", "Percent"), finds("0%", "Percent"),
				finds("_", "Under_score"), finds("r_s", "Under_score"), finds("\\", "Back\\slash"),
				finds("k\\s", "Back\\slash"), finds("%_"));
	}

	@ParameterizedTest(name = "search=\"{0}\"")
	@ValueSource(strings = { "", " ", "   ", "\t" })
	void blankSearchIsNoSearch(String search) {
		Api.Reply reply = search(search);

		assertThat(ContactRequests.firstNames(reply)).containsExactlyElementsOf(EVERYONE);
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(EVERYONE.size());
	}

	@Test
	void totalCountsEveryMatchWhilePaging() {
		Api.Reply first = this.contacts.listed("?search=e&limit=2");
		Api.Reply third = this.contacts.listed("?search=e&limit=2&page=3");
		Api.Reply last = this.contacts.listed("?search=e&limit=2&page=4");
		Api.Reply beyond = this.contacts.listed("?search=e&limit=2&page=5");

		assertThat(ContactRequests.firstNames(first)).containsExactly("John", "Émile");
		assertThat(first.at("/pagination/hasMore").asBoolean()).isTrue();
		assertThat(ContactRequests.firstNames(third)).containsExactly("Under_score", "Underxscore");
		assertThat(third.at("/pagination/hasMore").asBoolean()).isTrue();
		assertThat(ContactRequests.firstNames(last)).containsExactly("mAdDiE");
		assertThat(last.at("/pagination/hasMore").asBoolean()).isFalse();
		assertThat(ContactRequests.firstNames(beyond)).isEmpty();
		assertThat(beyond.at("/pagination/hasMore").asBoolean()).isFalse();
		for (Api.Reply page : List.of(first, third, last, beyond)) {
			assertThat(page.at("/pagination/total").asLong()).isEqualTo(7);
		}
	}

	@ParameterizedTest(name = "search={0}")
	@ValueSource(strings = { "a%00b", "%00", "a%01", "%1B", "%7F", "john%0D", "%C2%85" })
	void refusesSearchWithControlCharacters(String encoded) {
		assertInvalid(this.contacts.list("?search=" + encoded), "search");
	}

	@Test
	void refusesSearchLongerThan200Characters() {
		assertInvalid(this.contacts.list("?search=" + "a".repeat(201)), "search");
		assertThat(search("a".repeat(200)).at("/pagination/total").asLong()).isZero();
	}

	private void add(String... fieldsAndValues) {
		Map<String, String> contact = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			contact.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		this.contacts.created(Api.json(contact));
	}

	private void assertFinds(String search, List<String> found) {
		assertThat(ContactRequests.firstNames(search(search))).containsExactlyElementsOf(found);
	}

	private static Arguments finds(String search, String... firstNames) {
		return arguments(search, List.of(firstNames));
	}

	private Api.Reply search(String text) {
		return this.contacts.listed("?search=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
	}

}
