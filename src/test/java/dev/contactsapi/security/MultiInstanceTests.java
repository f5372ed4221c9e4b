package dev.contactsapi.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two more instances on the test database, as two replicas behind a load balancer would
 * run: they share each key's rate limit and learn of revocations.
 */
@ApiTest
class MultiInstanceTests {

	private static final String[] SHARED_LIMIT = { "contacts.rate-limit.store=postgres",
			"contacts.rate-limit.per-minute=30", "contacts.rate-limit.burst-per-second=1000" };

	static AppInstance first;

	static AppInstance second;

	@Autowired
	TestCompanies companies;

	@BeforeAll
	static void startInstances() {
		first = AppInstance.start(SHARED_LIMIT);
		second = AppInstance.start(SHARED_LIMIT);
	}

	@AfterAll
	static void stopInstances() {
		first.close();
		second.close();
	}

	@Test
	void instancesOnOneDatabaseShareAKeysLimit() {
		String key = this.companies.create().key(Role.VIEWER);
		List<Api.Reply> replies = new ArrayList<>();

		for (int i = 0; i < 60; i++) {
			replies.add(((i % 2 == 0) ? first : second).api().as(key).get("/contacts"));
		}

		assertThat(replies).filteredOn((reply) -> reply.status() == 200).hasSize(30);
		assertThat(replies).filteredOn((reply) -> reply.status() == 429).hasSize(30);
		assertThat(replies.get(59).header("Retry-After")).isNotNull();
		assertThat(replies.get(59).header("X-RateLimit-Remaining")).isEqualTo("0");
	}

	@Test
	void aKeyRevokedOnOneInstanceIsRefusedByAnotherWithinFiveSeconds() throws InterruptedException {
		TestCompany acme = this.companies.create();
		String viewer = acme.key(Role.VIEWER);
		assertThat(second.api().as(viewer).get("/contacts").status()).isEqualTo(200);
		long id = first.api().as(acme.ownerKey()).get("/api-keys").at("/data/0/id").asLong();

		long revokedAt = System.nanoTime();
		assertThat(first.api().as(acme.ownerKey()).delete("/api-keys/delete/" + id).status()).isEqualTo(200);

		assertThat(first.api().as(viewer).get("/contacts").status()).isEqualTo(401);
		int status = second.api().as(viewer).get("/contacts").status();
		while (status == 200 && System.nanoTime() - revokedAt < Duration.ofSeconds(7).toNanos()) {
			Thread.sleep(400);
			status = second.api().as(viewer).get("/contacts").status();
		}
		assertThat(status).isEqualTo(401);
		assertThat(Duration.ofNanos(System.nanoTime() - revokedAt))
			.isLessThanOrEqualTo(ApiKeyAuthenticationProvider.CACHE_TIME.plusSeconds(1));
	}

}
