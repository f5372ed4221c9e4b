package dev.contactsapi.security;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.TestCompanies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits as a client sees them, on an instance of their own with tiny limits. The
 * test of unauthenticated requests runs last: it leaves this machine's address blocked on
 * that instance.
 */
@ApiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTests {

	static AppInstance limited;

	@Autowired
	TestCompanies companies;

	@Autowired
	Api api;

	@BeforeAll
	static void startInstance() {
		limited = AppInstance.start("contacts.rate-limit.store=memory", "contacts.rate-limit.per-minute=3",
				"contacts.rate-limit.burst-per-second=1000", "contacts.rate-limit.unauthenticated-per-minute=3");
	}

	@AfterAll
	static void stopInstance() {
		limited.close();
	}

	@Test
	@Order(1)
	void everyAuthenticatedResponseTellsWhereTheKeyStands() {
		String key = this.companies.create().key(Role.VIEWER);
		long before = Instant.now().getEpochSecond();

		Api.Reply found = limited.api().as(key).get("/contacts");
		Api.Reply missing = limited.api().as(key).get("/contacts/id/99");

		long after = Instant.now().getEpochSecond();

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(found.header("X-RateLimit-Remaining")).isEqualTo("2");
		assertThat(Long.parseLong(found.header("X-RateLimit-Reset"))).isBetween(before, after + 61);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("X-RateLimit-Remaining")).isEqualTo("1");
	}

	@Test
	@Order(2)
	void aKeyOverItsLimitGets429WithTheContractsBodyAndRetryAfter() {
		String key = this.companies.create().key(Role.VIEWER);
		for (int i = 0; i < 3; i++) {
			assertThat(limited.api().as(key).get("/contacts").status()).isEqualTo(200);
		}

		Api.Reply refused = limited.api().as(key).get("/contacts");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.at("/success").asBoolean()).isFalse();
		assertThat(refused.at("/statusCode").asInt()).isEqualTo(429);
		assertThat(refused.at("/error/status").asInt()).isEqualTo(429);
		assertThat(refused.at("/error/code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
		assertThat(refused.at("/message").asString()).isEqualTo(refused.at("/error/message").asString());
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(refused.header("X-RateLimit-Reset")).isNotNull();
	}

	@Test
	@Order(3)
	void eachKeyHasALimitOfItsOwn() {
		String busy = this.companies.create().key(Role.VIEWER);
		String quiet = this.companies.create().key(Role.VIEWER);
		for (int i = 0; i < 4; i++) {
			limited.api().as(busy).get("/contacts");
		}

		assertThat(limited.api().as(quiet).get("/contacts").status()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void theSharedTestServerIsNotLimitedForTheSuite() {
		Api.Reply reply = this.api.as(this.companies.create().key(Role.VIEWER)).get("/contacts");

		assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("1000000");
	}

	@Test
	@Order(5)
	void anAddressSendingBadKeysIsAnswered429BeforeAnyKeyIsLookedAt() {
		String valid = this.companies.create().key(Role.VIEWER);
		for (int i = 0; i < 3; i++) {
			assertThat(limited.api().as("glnc_sk_guess" + "x".repeat(30) + i).get("/contacts").status()).isEqualTo(401);
		}

		Api.Reply guess = limited.api().as("glnc_sk_guess" + "y".repeat(32)).get("/contacts");
		Api.Reply anonymous = limited.api().anonymous().get("/contacts");
		Api.Reply validButBlocked = limited.api().as(valid).get("/contacts");

		assertThat(guess.status()).isEqualTo(429);
		assertThat(guess.at("/error/code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
		assertThat(Long.parseLong(guess.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(anonymous.status()).isEqualTo(429);
		assertThat(validButBlocked.status()).isEqualTo(429);
		assertThat(limited.api().anonymous().get("/actuator/health").status()).isEqualTo(200);
	}

}
