package dev.contactsapi.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
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
	void givesEveryOperationAUniqueIdASummaryATagAndTheRoleItNeeds() {
		JsonNode paths = this.api.anonymous().get("/openapi.json").at("/paths");
		Set<String> operationIds = new HashSet<>();

		paths.propertyNames().forEach((path) -> paths.path(path).properties().forEach((entry) -> {
			String method = entry.getKey();
			JsonNode operation = entry.getValue();
			String where = method + " " + path;
			String operationId = operation.path("operationId").asString("");
			assertThat(operationId).as(where).matches("[a-z][A-Za-z]+");
			assertThat(operationIds.add(operationId)).as("%s repeats %s", where, operationId).isTrue();
			assertThat(operation.path("summary").asString("")).as(where).isNotBlank();
			assertThat(operation.path("tags").path(0).asString("")).as(where).isNotBlank();
			assertThat(operation.path("description").asString("")).as(where)
				.startsWith("Role " + minimumRole(method, path) + ".");
		}));
		assertThat(operationIds).isNotEmpty();
	}

	@Test
	void describesTheBodyOfEveryPostAndPut() {
		JsonNode document = this.api.anonymous().get("/openapi.json").json();
		JsonNode paths = document.at("/paths");
		List<String> checked = new ArrayList<>();

		paths.propertyNames().forEach((path) -> paths.path(path).properties().forEach((entry) -> {
			if (!Set.of("post", "put").contains(entry.getKey())) {
				return;
			}
			String where = entry.getKey() + " " + path;
			String reference = entry.getValue().at("/requestBody/content/application~1json/schema/$ref").asString("");
			assertThat(reference).as(where).startsWith("#/components/schemas/");
			JsonNode schema = document.at("/components/schemas/" + reference.substring(reference.lastIndexOf('/') + 1));
			assertThat(schema.path("description").asString("")).as(where).isNotBlank();
			assertThat(schema.path("properties").size()).as(where).isPositive();
			for (JsonNode required : schema.path("required")) {
				String field = required.asString();
				assertThat(schema.at("/properties/" + field + "/type").toString()).as("%s %s", where, field)
					.doesNotContain("null");
			}
			checked.add(where);
		}));
		assertThat(checked).contains("post /clients/create", "put /addresses/{id}", "post /api-keys/create");
		assertThat(document.at("/components/schemas/AddressEdit/properties/street/type").asString())
			.isEqualTo("string");
		assertThat(document.at("/components/schemas/ClientCreate/properties/contact/anyOf/1/type").asString())
			.isEqualTo("null");
	}

	@Test
	void describesEveryQueryParameterTheServerReads() {
		JsonNode paths = this.api.anonymous().get("/openapi.json").at("/paths");
		List<String> checked = new ArrayList<>();

		this.mappings.getHandlerMethods().forEach((mapping, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
				if (query == null) {
					continue;
				}
				String name = query.name().isEmpty() ? parameter.getParameterName() : query.name();
				mapping.getMethodsCondition()
					.getMethods()
					.forEach((method) -> mapping.getPatternValues().forEach((path) -> {
						String where = method + " " + path + " ?" + name;
						JsonNode documented = queryParameter(paths.path(path).path(method.name().toLowerCase()), name);
						assertThat(documented.isMissingNode()).as(where).isFalse();
						assertThat(documented.path("description").asString("")).as(where).isNotBlank();
						assertThat(documented.at("/schema/type").asString("")).as(where).isNotBlank();
						checked.add(where);
					}));
			}
		});
		assertThat(checked).contains("GET /contacts ?search", "GET /addresses ?limit", "GET /clients ?hasContacts");
	}

	@Test
	void describesPagingAsTheServerReadsIt() {
		JsonNode paths = this.api.anonymous().get("/openapi.json").at("/paths");

		for (String list : new String[] { "/contacts", "/addresses", "/clients" }) {
			JsonNode page = queryParameter(paths.path(list).path("get"), "page");
			JsonNode limit = queryParameter(paths.path(list).path("get"), "limit");
			assertThat(page.at("/schema/type").asString()).as(list).isEqualTo("integer");
			assertThat(page.at("/schema/minimum").asInt()).as(list).isEqualTo(1);
			assertThat(page.at("/schema/default").asInt()).as(list).isEqualTo(1);
			assertThat(limit.at("/schema/minimum").asInt()).as(list).isEqualTo(1);
			assertThat(limit.at("/schema/maximum").asInt()).as(list).isEqualTo(100);
			assertThat(limit.at("/schema/default").asInt()).as(list).isEqualTo(50);
		}
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

	private static JsonNode queryParameter(JsonNode operation, String name) {
		JsonNode parameters = operation.path("parameters");
		for (int i = 0; i < parameters.size(); i++) {
			JsonNode parameter = parameters.get(i);
			if (name.equals(parameter.path("name").asString()) && "query".equals(parameter.path("in").asString())) {
				return parameter;
			}
		}
		return parameters.path("no such parameter");
	}

	/**
	 * The role the security configuration asks for: owners manage keys; otherwise reads
	 * need viewer, creates employee, and edits and deletes editor.
	 */
	private static String minimumRole(String method, String path) {
		if (path.startsWith("/api-keys")) {
			return "owner";
		}
		switch (method) {
			case "get":
				return "viewer";
			case "post":
				return "employee";
			default:
				return "editor";
		}
	}

}
