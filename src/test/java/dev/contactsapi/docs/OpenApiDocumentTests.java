package dev.contactsapi.docs;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.OpenApiContract;
import dev.contactsapi.support.TestCompanies;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class OpenApiDocumentTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void servesAnOpenApi31DocumentWithoutKey() {
		Api.Reply reply = this.api.anonymous().get("/openapi.json");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/openapi").asString()).startsWith("3.1");
		assertThat(reply.at("/components/securitySchemes/bearerKey/scheme").asString()).isEqualTo("bearer");
		assertThat(reply.at("/security/0").has("bearerKey")).isTrue();
	}

	@Test
	void describesEveryRouteOfTheServer() {
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("dev.contactsapi")
					&& !handler.getBeanType().getSimpleName().equals("ErrorPageController")) {
				mapping.getMethodsCondition()
					.getMethods()
					.forEach((method) -> mapping.getPatternValues()
						.forEach((pattern) -> served.add(method.name().toLowerCase() + " " + pattern)));
			}
		});
		JsonNode paths = this.api.anonymous().get("/openapi.json").at("/paths");
		Set<String> documented = new TreeSet<>();
		paths.propertyNames()
			.forEach((
					path) -> paths.path(path).propertyNames().forEach((method) -> documented.add(method + " " + path)));

		assertThat(served).isNotEmpty();
		assertThat(documented).containsAll(served);
	}

	@Test
	void givesEveryOperationTheErrorResponsesInTheContractsBody() {
		JsonNode paths = this.api.anonymous().get("/openapi.json").at("/paths");

		paths.propertyNames().forEach((path) -> paths.path(path).properties().forEach((operation) -> {
			JsonNode responses = operation.getValue().path("responses");
			for (String status : new String[] { "400", "401", "403", "429", "500", "503" }) {
				assertThat(responses.path(status).at("/content/application~1json/schema/$ref").asString())
					.as("%s %s %s", operation.getKey(), path, status)
					.isEqualTo("#/components/schemas/ErrorBody");
			}
		}));
	}

	@Test
	void describesCreateRoutesAs201WithLocation() {
		JsonNode create = this.api.anonymous().get("/openapi.json").at("/paths/~1contacts~1create/post");

		assertThat(create.at("/responses/201/headers/Location").isMissingNode()).isFalse();
		assertThat(create.at("/responses/200").isMissingNode()).isTrue();
		assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/ContactCreate");
	}

	@Test
	void acceptsTheResponsesTheServerGives() {
		String key = this.companies.create().ownerKey();
		Api.Reply created = this.api.as(key)
			.post("/contacts/create", Api.json(Map.of("firstName", "Ada", "email", "ada@example.com")));

		OpenApiContract contract = this.api.contract();

		assertThat(contract.problems("POST", "/contacts/create", created.status(), created.header("Content-Type"),
				created.text()))
			.isEmpty();
	}

	@Test
	void detectsResponsesThatBreakTheDocument() {
		OpenApiContract contract = this.api.contract();
		String json = "application/json";

		assertThat(contract.problems("GET", "/contacts/id/1", 200, json,
				"{\"success\":true,\"data\":{\"visibleId\":\"one\"}}"))
			.isNotEmpty();
		assertThat(contract.problems("GET", "/contacts/id/1", 200, json, "{\"success\":true}")).isNotEmpty();
		assertThat(contract.problems("GET", "/contacts/id/1", 418, json, "{}")).isNotEmpty();
		assertThat(contract.problems("GET", "/contacts/id/1", 404, "text/html", "<html></html>")).isNotEmpty();
		assertThat(contract.problems("GET", "/no/such/route", 404, json, "{\"message\":\"Not here\"}")).isNotEmpty();
		assertThat(contract.problems("GET", "/no/such/route", 200, json, "{}")).isNotEmpty();
	}

	@Test
	void servesSwaggerUiWithoutKey() {
		Api.Reply docs = this.api.anonymous().get("/docs");
		String page = (docs.status() == 302) ? docs.header("Location") : "/docs";
		Api.Reply ui = this.api.anonymous().get(page.replaceFirst("^https?://[^/]+", ""));

		assertThat(ui.status()).isEqualTo(200);
		assertThat(ui.text()).contains("swagger-ui");
	}

}
