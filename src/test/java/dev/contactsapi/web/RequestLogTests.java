package dev.contactsapi.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	@Test
	void generatesRequestIdWhenNoneIsSent() {
		Api.Reply reply = this.api.anonymous().get("/contacts");

		assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
	}

	@Test
	void returnsTheRequestIdTheClientSent() {
		Api.Reply reply = this.api.anonymous().header("X-Request-Id", "req-42.a_b:c").get("/contacts");

		assertThat(reply.header("X-Request-Id")).isEqualTo("req-42.a_b:c");
	}

	@ParameterizedTest
	@ValueSource(strings = { "has space", "quote\"inside", "semi;colon", "ünïcode" })
	void replacesRequestIdsThatAreNotSaneTokens(String sent) {
		Api.Reply reply = this.api.anonymous().header("X-Request-Id", sent).get("/contacts");

		assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
	}

	@Test
	void replacesRequestIdsLongerThan128Characters() {
		Api.Reply reply = this.api.anonymous().header("X-Request-Id", "a".repeat(129)).get("/contacts");

		assertThat(UUID.fromString(reply.header("X-Request-Id"))).isNotNull();
	}

	@Test
	void writesOneAccessLineWithRouteTemplateStatusCompanyAndRequestId(CapturedOutput output) {
		TestCompany acme = this.companies.create();
		String requestId = "access-" + UUID.randomUUID();

		this.api.as(acme.ownerKey()).header("X-Request-Id", requestId).get("/contacts/id/987654");

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).containsPattern("\\[" + requestId
					+ "\\] .*RequestLogFilter +: GET /contacts/id/\\{visibleId\\} 404 \\d+ms company=" + acme.id()));
		assertThat(output.getOut().lines().filter((line) -> line.contains(requestId))).hasSize(1);
	}

	@Test
	void logsNeitherTheKeyNorTheAuthorizationHeader(CapturedOutput output) {
		TestCompany acme = this.companies.create();
		String badKey = "glnc_sk_" + "x".repeat(40);
		String requestId = "secret-" + UUID.randomUUID();

		this.api.as(acme.ownerKey()).header("X-Request-Id", requestId).get("/contacts");
		this.api.as(badKey).get("/contacts");

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains(requestId));
		assertThat(output.getAll()).doesNotContain(acme.ownerKey(), badKey, "Bearer");
	}

	@Test
	void logsUnmatchedRequestsWithTheirPath(CapturedOutput output) {
		String requestId = "anon-" + UUID.randomUUID();

		this.api.anonymous().header("X-Request-Id", requestId).get("/contacts/id/5");

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut())
				.containsPattern("\\[" + requestId + "\\] .*: GET /contacts/id/5 401 \\d+ms company=-"));
	}

}
