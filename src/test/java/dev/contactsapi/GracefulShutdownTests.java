package dev.contactsapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.ApiKeyStore;
import dev.contactsapi.company.Role;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopping server finishes the requests it has begun, on a server of its own with a
 * route that takes its time.
 */
class GracefulShutdownTests {

	@Test
	void finishesARequestInFlightBeforeStopping() throws Exception {
		AppInstance server = AppInstance.start(TestDatabase.connection().url(), List.of(SlowRoute.class),
				"spring.lifecycle.timeout-per-shutdown-phase=20s");
		String key = viewerKey(server);
		HttpRequest slow = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/test/slow"))
			.header("Authorization", "Bearer " + key)
			.build();

		CompletableFuture<HttpResponse<String>> reply = HttpClient.newHttpClient()
			.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
		assertThat(SlowRoute.started.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);

		HttpResponse<String> response = reply.get(30, TimeUnit.SECONDS);
		stopped.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"finished\":true");
		assertThat(server.context().isActive()).isFalse();
	}

	private static String viewerKey(AppInstance server) {
		ApiKeyStore keys = server.context().getBean(ApiKeyStore.class);
		long company = keys.ensureCompany("Shutdown test " + UUID.randomUUID());
		String key = ApiKeySecret.generate();
		keys.addKeyIfMissing(company, "viewer key", Role.VIEWER, key);
		return key;
	}

	/**
	 * A route that answers after two seconds, long enough to stop the server meanwhile.
	 */
	@RestController
	@TestComponent
	static class SlowRoute {

		static final CountDownLatch started = new CountDownLatch(1);

		@GetMapping("/test/slow")
		Map<String, Object> slow() throws InterruptedException {
			started.countDown();
			Thread.sleep(Duration.ofSeconds(2).toMillis());
			return Map.of("success", true, "finished", true);
		}

	}

}
