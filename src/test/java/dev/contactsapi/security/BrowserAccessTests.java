package dev.contactsapi.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS for the configured origin ({@link ApiTest#ALLOWED_ORIGIN}) and the security
 * headers every response carries.
 */
@ApiTest
class BrowserAccessTests {

	private static final String REFUSED_ORIGIN = "https://evil.example";

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
	void preflightFromAnAllowedOriginIsAnsweredWithoutAKey() {
		Api.Reply reply = preflight(ApiTest.ALLOWED_ORIGIN);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ApiTest.ALLOWED_ORIGIN);
		assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(reply.header("Access-Control-Allow-Headers").toLowerCase()).contains("authorization")
			.contains("content-type");
		assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
	}

	@Test
	void preflightFromAnotherOriginIsRefused() {
		Api.Reply reply = preflight(REFUSED_ORIGIN);

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
		assertThat(reply.at("/error/code").asString()).isEqualTo("NO_ACCESS");
	}

	@Test
	void requestFromAnAllowedOriginExposesTheRateLimitAndLocationHeaders() {
		Api.Reply reply = this.api.as(this.acme.ownerKey())
			.header("Origin", ApiTest.ALLOWED_ORIGIN)
			.post("/contacts/create", Api.json(Map.of("firstName", "Ada")));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(ApiTest.ALLOWED_ORIGIN);
		assertThat(reply.header("Access-Control-Expose-Headers")).contains("X-RateLimit-Limit", "X-RateLimit-Remaining",
				"X-RateLimit-Reset", "Retry-After", "Location");
	}

	@Test
	void requestFromAnotherOriginIsRefused() {
		Api.Reply reply = this.api.as(this.acme.ownerKey()).header("Origin", REFUSED_ORIGIN).get("/contacts");

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
		assertThat(reply.at("/error/code").asString()).isEqualTo("NO_ACCESS");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (Api.Reply reply : new Api.Reply[] { this.api.as(this.acme.ownerKey()).get("/contacts"),
				this.api.anonymous().get("/contacts"), this.api.anonymous().get("/actuator/health"),
				this.api.as(this.acme.ownerKey()).get("/no-such-route") }) {
			assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(reply.header("Cache-Control")).contains("no-store");
			assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(reply.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
		}
	}

	@Test
	void theApiDocumentationPagesGetNoStrictContentSecurityPolicy() {
		Api.Reply reply = this.api.anonymous().get("/swagger-ui/index.html");

		assertThat(reply.header("Content-Security-Policy")).isNull();
		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private Api.Reply preflight(String origin) {
		return this.api.anonymous()
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.send("OPTIONS", "/contacts/create", null, null);
	}

}
