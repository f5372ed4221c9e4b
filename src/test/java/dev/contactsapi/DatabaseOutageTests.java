package dev.contactsapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.ApiKeyStore;
import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.CuttableProxy;
import dev.contactsapi.support.TestDatabase;

import static dev.contactsapi.support.ContractErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health groups while the database goes away and comes back, on a server of its own
 * that reaches the test database through a proxy the test can cut.
 */
class DatabaseOutageTests {

	private static final Pattern DATABASE_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readinessFailsWhileTheDatabaseIsUnreachableAndRecoversAfterwardsWhileLivenessHolds() throws Exception {
		try (CuttableProxy proxy = proxyToTheDatabase();
				AppInstance server = AppInstance.start(throughProxy(proxy), List.of(),
						"spring.datasource.hikari.connection-timeout=1000",
						"spring.datasource.hikari.validation-timeout=500")) {
			assertThat(status(server, "/actuator/health/readiness")).isEqualTo(200);

			proxy.cut();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(status(server, "/actuator/health/readiness")).isEqualTo(503));
			assertThat(status(server, "/actuator/health/liveness")).isEqualTo(200);

			proxy.restore();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(status(server, "/actuator/health/readiness")).isEqualTo(200));
			assertThat(status(server, "/actuator/health/liveness")).isEqualTo(200);
		}
	}

	@Test
	void aKeyThatCannotBeCheckedIsUnavailableRatherThanRefusedAndWorksOnceTheDatabaseIsBack() {
		try (CuttableProxy proxy = proxyToTheDatabase();
				AppInstance server = AppInstance.start(throughProxy(proxy), List.of(),
						"spring.datasource.hikari.connection-timeout=1000",
						"spring.datasource.hikari.validation-timeout=500", "contacts.rate-limit.store=memory")) {
			String key = viewerKey(server);
			Api api = server.api();
			// Fetched now: every reply is checked against the document.
			api.contract();

			proxy.cut();
			// A key this instance has never seen, so not one it remembers.
			Api.Reply refused = api.as(key).get("/contacts");
			assertError(refused, 503, "UNAVAILABLE");

			proxy.restore();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(api.as(key).get("/contacts").status()).isEqualTo(200));
		}
	}

	private static CuttableProxy proxyToTheDatabase() {
		Matcher database = DATABASE_URL.matcher(TestDatabase.connection().url());
		assertThat(database.matches()).isTrue();
		return new CuttableProxy(database.group(1), Integer.parseInt(database.group(2)));
	}

	private static String throughProxy(CuttableProxy proxy) {
		Matcher database = DATABASE_URL.matcher(TestDatabase.connection().url());
		assertThat(database.matches()).isTrue();
		return "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.group(3);
	}

	private static String viewerKey(AppInstance server) {
		ApiKeyStore keys = server.context().getBean(ApiKeyStore.class);
		long company = keys.ensureCompany("Outage test " + UUID.randomUUID());
		String key = ApiKeySecret.generate();
		keys.addKeyIfMissing(company, "viewer key", Role.VIEWER, key);
		return key;
	}

	private int status(AppInstance server, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
