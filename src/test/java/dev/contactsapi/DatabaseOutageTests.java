package dev.contactsapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.contactsapi.support.CuttableProxy;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health groups while the database goes away and comes back, on a server of its own
 * that reaches the test database through a proxy the test can cut.
 */
class DatabaseOutageTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readinessFailsWhileTheDatabaseIsUnreachableAndRecoversAfterwardsWhileLivenessHolds() throws Exception {
		Matcher database = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)")
			.matcher(TestDatabase.connection().url());
		assertThat(database.matches()).isTrue();

		try (CuttableProxy proxy = new CuttableProxy(database.group(1), Integer.parseInt(database.group(2)));
				AppInstance server = AppInstance.start(
						"jdbc:postgresql://127.0.0.1:" + proxy.port() + database.group(3), List.of(),
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

	private int status(AppInstance server, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
			.timeout(Duration.ofSeconds(10))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
