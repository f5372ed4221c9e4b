package dev.contactsapi.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys, their hashes and the {@code Authorization} header never reach the log or an error
 * body, even with the security and web layers logging at DEBUG.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class SecretLoggingTests {

	private static final String[] CHATTY = { "dev.contactsapi", "org.springframework.security",
			"org.springframework.web" };

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void logEverything() {
		for (String logger : CHATTY) {
			this.logging.setLogLevel(logger, LogLevel.DEBUG);
		}
	}

	@AfterEach
	void logAsUsual() {
		for (String logger : CHATTY) {
			this.logging.setLogLevel(logger, null);
		}
	}

	@Test
	void aBadKeyLeavesNoTraceInTheLogOrTheAnswer(CapturedOutput output) {
		String bad = ApiKeySecret.generate();
		String malformed = "glnc_sk_short-" + "z".repeat(10);

		Api.Reply unknown = this.api.as(bad).get("/contacts");
		Api.Reply notAKey = this.api.as(malformed).get("/contacts");
		Api.Reply notBearer = this.api.anonymous().header("Authorization", "Basic " + bad).get("/contacts");

		assertThat(unknown.status()).isEqualTo(401);
		assertThat(notAKey.status()).isEqualTo(401);
		assertThat(notBearer.status()).isEqualTo(401);
		for (Api.Reply reply : new Api.Reply[] { unknown, notAKey, notBearer }) {
			assertThat(reply.text()).doesNotContain(bad).doesNotContain(malformed);
		}
		assertThat(output.getAll()).doesNotContain(bad)
			.doesNotContain(bad.substring(12))
			.doesNotContain(malformed)
			.doesNotContain(ApiKeySecret.hash(bad));
	}

	@Test
	void aValidKeyLeavesNoTraceInTheLog(CapturedOutput output) {
		TestCompany acme = this.companies.create();
		String key = acme.key(Role.EDITOR);

		this.api.as(key).get("/contacts");
		this.api.as(key).get("/api-keys");
		this.api.as(key).post("/contacts/create", "{\"firstName\": 5}");
		this.api.as(acme.ownerKey()).post("/api-keys/create", "{\"name\": \"log test\", \"role\": \"viewer\"}");

		assertThat(output.getAll()).doesNotContain(key)
			.doesNotContain(key.substring(12))
			.doesNotContain(ApiKeySecret.hash(key))
			.doesNotContain(acme.ownerKey())
			.doesNotContain("Bearer ");
	}

}
