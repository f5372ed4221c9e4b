package dev.contactsapi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class MetricsTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	@Test
	void exposesPrometheusMetricsWithoutKey() {
		Api.Reply reply = this.api.anonymous().get("/actuator/prometheus");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("text/plain");
		assertThat(reply.text()).contains("hikaricp_connections_active", "jvm_memory_used_bytes", "jvm_threads_live",
				"process_cpu_usage");
	}

	@Test
	void measuresRequestLatencyPerRouteTemplateAndStatusAsHistogram() {
		String key = this.companies.create().ownerKey();
		this.api.as(key).get("/contacts/id/424242");
		this.api.as(key).get("/no/such/route/424242");

		String metrics = this.api.anonymous().get("/actuator/prometheus").text();

		assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*method=\"GET\""
				+ "[^}]*status=\"404\"[^}]*uri=\"/contacts/id/\\{visibleId\\}\"");
		assertThat(metrics).doesNotContain("424242");
	}

	@Test
	void answersLivenessAndReadinessWithoutKey() {
		Api.Reply liveness = this.api.anonymous().get("/actuator/health/liveness");
		Api.Reply readiness = this.api.anonymous().get("/actuator/health/readiness");

		assertThat(liveness.status()).isEqualTo(200);
		assertThat(liveness.at("/status").asString()).isEqualTo("UP");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.at("/status").asString()).isEqualTo("UP");
	}

}
