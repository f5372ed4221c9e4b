package dev.contactsapi.address;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class AddressListTests {

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
	void listsTheCompanysAddressesByIdInTheEnvelope() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(create(Map.of("street", "Street " + i, "city", "Haifa")));
		}
		create(this.api.as(this.companies.create().ownerKey()), Map.of("street", "Elsewhere", "city", "Haifa"));

		Api.Reply reply = owner().get("/addresses");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/success").asBoolean()).isTrue();
		assertThat(ids(reply)).containsExactlyElementsOf(ids);
		assertThat(reply.at("/data/0/street").asString()).isEqualTo("Street 0");
		assertThat(reply.at("/data/0/notes").isNull()).isTrue();
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(3);
		assertThat(reply.at("/pagination/limit").asInt()).isEqualTo(50);
		assertThat(reply.at("/pagination/offset").asLong()).isZero();
		assertThat(reply.at("/pagination/hasMore").asBoolean()).isFalse();
	}

	@Test
	void pagesThroughTheAddresses() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(create(Map.of("street", "Street " + i, "city", "Haifa")));
		}

		Api.Reply second = owner().get("/addresses?page=2&limit=2");
		Api.Reply last = owner().get("/addresses?page=3&limit=2");
		Api.Reply past = owner().get("/addresses?page=4&limit=2");

		assertThat(ids(second)).containsExactly(ids.get(2), ids.get(3));
		assertThat(second.at("/pagination/offset").asLong()).isEqualTo(2);
		assertThat(second.at("/pagination/hasMore").asBoolean()).isTrue();
		assertThat(ids(last)).containsExactly(ids.get(4));
		assertThat(last.at("/pagination/hasMore").asBoolean()).isFalse();
		assertThat(past.status()).isEqualTo(200);
		assertThat(ids(past)).isEmpty();
		assertThat(past.at("/pagination/total").asLong()).isEqualTo(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=-1", "page=abc", "limit=101", "limit=0", "limit=1.5", "limit=",
			"page=2147483647&limit=100" })
	void refusesBadPaging(String query) {
		Api.Reply reply = owner().get("/addresses?" + query);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/code").asString()).isEqualTo("INVALID_FIELD");
	}

	@ParameterizedTest(name = "{0} finds it")
	@CsvSource(delimiter = '|', textBlock = """
			head office       | name
			HERZL             | street
			12A               | streetNumber
			tel aviv          | city
			6100              | zip
			il                | country
			gate              | notes
			herzl aviv        | words in several fields
			""")
	void searchesEveryField(String search, String why) {
		long id = create(Map.of("name", "Head Office", "street", "Herzl", "streetNumber", "12a", "city", "Tel Aviv",
				"zip", "6100000", "country", "IL", "notes", "Use the back gate"));
		create(Map.of("street", "Allenby", "city", "Haifa", "country", "FR"));

		assertThat(ids(owner().get("/addresses?search=" + encode(search)))).as(why).containsExactly(id);
	}

	@Test
	void searchIgnoresAccentsCaseAndScript() {
		long french = create(Map.of("street", "Rue de l'Église", "city", "Orléans"));
		long hebrew = create(Map.of("street", "הֶרְצְל", "city", "תל אביב"));
		long russian = create(Map.of("street", "Ёлочная", "city", "Москва"));

		assertThat(ids(owner().get("/addresses?search=" + encode("eglise ORLEANS")))).containsExactly(french);
		assertThat(ids(owner().get("/addresses?search=" + encode("הרצל")))).containsExactly(hebrew);
		assertThat(ids(owner().get("/addresses?search=" + encode("елочная")))).containsExactly(russian);
	}

	@Test
	void searchTreatsWildcardsLiterally() {
		long percent = create(Map.of("street", "100% Street", "city", "Haifa"));
		create(Map.of("street", "1000 Street", "city", "Haifa"));
		long underscore = create(Map.of("street", "a_b", "city", "Haifa"));
		create(Map.of("street", "axb", "city", "Haifa"));
		long backslash = create(Map.of("street", "back\\slash", "city", "Haifa"));

		assertThat(ids(owner().get("/addresses?search=" + encode("0%")))).containsExactly(percent);
		assertThat(ids(owner().get("/addresses?search=" + encode("a_b")))).containsExactly(underscore);
		assertThat(ids(owner().get("/addresses?search=" + encode("k\\s")))).containsExactly(backslash);
	}

	@Test
	void blankSearchIsNoSearchAndAllWordsMustMatch() {
		create(Map.of("street", "Herzl", "city", "Haifa"));
		create(Map.of("street", "Herzl", "city", "Eilat"));

		assertThat(owner().get("/addresses?search=%20%20").at("/pagination/total").asLong()).isEqualTo(2);
		assertThat(owner().get("/addresses?search=herzl%20eilat").at("/pagination/total").asLong()).isEqualTo(1);
		assertThat(owner().get("/addresses?search=herzl%20rome").at("/pagination/total").asLong()).isZero();
	}

	@Test
	void searchWithControlCharactersIsRefused() {
		Api.Reply reply = owner().get("/addresses?search=a%00b");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/issues/0/path/0").asString()).isEqualTo("search");
	}

	private static List<Long> ids(Api.Reply reply) {
		assertThat(reply.status()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (JsonNode item : reply.at("/data")) {
			ids.add(item.get("id").asLong());
		}
		return ids;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private long create(Map<String, Object> fields) {
		return create(owner(), fields);
	}

	private static long create(Api.Call as, Map<String, Object> fields) {
		Api.Reply reply = as.post("/addresses/create", Api.json(fields));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

}
