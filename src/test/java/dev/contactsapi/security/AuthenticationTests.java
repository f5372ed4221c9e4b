package dev.contactsapi.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route but health needs {@code Authorization: Bearer <key>}, and a request without
 * a valid key is told 401 before anything else is looked at.
 */
@ApiTest
class AuthenticationTests {

	private static final String UNKNOWN_KEY = "glnc_sk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	String key;

	@BeforeEach
	void newCompany() {
		this.key = this.companies.create().ownerKey();
	}

	@Test
	void refusesRequestsWithoutKey() {
		assertUnauthorized(this.api.anonymous());
	}

	@ParameterizedTest(name = "Authorization: {0}")
	@ValueSource(strings = { "", "Bearer", "Bearer ", "Bearer abc", "Bearer glnc_sk_short", "Bearer glnc_sk_",
			"Bearer " + UNKNOWN_KEY, "Bearer glnc_sk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!", "Token " + UNKNOWN_KEY,
			"Basic dXNlcjpwYXNz" })
	void refusesMalformedOrUnknownKeys(String authorization) {
		assertUnauthorized(this.api.anonymous().header("Authorization", authorization));
	}

	@Test
	void refusesAKeyInTheWrongShape() {
		assertUnauthorized(this.api.anonymous().header("Authorization", "Basic " + this.key));
		assertUnauthorized(this.api.anonymous().header("Authorization", this.key));
		assertUnauthorized(this.api.anonymous().header("Authorization", "Bearer" + this.key));
		assertUnauthorized(this.api.anonymous().header("Authorization", "Bearer " + this.key + " extra"));
		assertUnauthorized(this.api.anonymous().header("Authorization", "Bearer " + this.key.substring(1)));
	}

	@ParameterizedTest(name = "Authorization: \"{0}\"")
	@ValueSource(strings = { "Bearer %s", "bearer %s", "BEARER %s", "bEaReR %s", "  Bearer   %s  ", "Bearer\t%s" })
	void acceptsTheSchemeInAnyCaseAndBlanksAround(String format) {
		Api.Reply reply = this.api.anonymous().header("Authorization", format.formatted(this.key)).get("/contacts");

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void answersHealthWithoutKey(String path) {
		Api.Reply reply = this.api.anonymous().get(path);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.at("/status").asString()).isEqualTo("UP");
	}

	private static void assertUnauthorized(Api.Call call) {
		for (Api.Reply reply : new Api.Reply[] { call.get("/contacts"), call.get("/contacts/id/1"),
				call.post("/contacts/create", "{\"unknown\": 1}"), call.put("/contacts/edit/abc", "not json"),
				call.delete("/contacts/delete/1"), call.get("/no/such/route") }) {
			assertError(reply, 401, "NO_ACCESS");
			assertThat(reply.at("/message").asString()).isEqualTo("Invalid or missing API key");
		}
	}

}
