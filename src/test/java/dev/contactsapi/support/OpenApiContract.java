package dev.contactsapi.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's own OpenAPI document, used as a test oracle: a response is checked against
 * what the document promises for its route, method and status (the JSON Schemas of the
 * document, OpenAPI 3.1's dialect of JSON Schema 2020-12). Routes the document does not
 * describe may only answer errors, in the error body. Health, metrics and the docs
 * themselves are not API routes and are not checked, nor are accepted CORS preflights.
 */
public final class OpenApiContract {

	private static final String DOCUMENT = "https://contacts-api.test/openapi.json";

	private static final List<String> NOT_API = List.of("/actuator", "/openapi.json", "/docs", "/swagger-ui");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode document;

	private final SchemaRegistry registry;

	private final List<Route> routes;

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	private OpenApiContract(String documentText) {
		this.document = JSON.readTree(documentText);
		this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(DOCUMENT, documentText)));
		List<Route> found = new ArrayList<>();
		this.document.path("paths").propertyNames().forEach((template) -> found.add(Route.of(template)));
		// Literal routes (/contacts/create) win over templates (/contacts/{id}).
		found.sort(Comparator.comparingInt(Route::variables));
		this.routes = List.copyOf(found);
	}

	/**
	 * A contract read from the text of an OpenAPI 3.1 document.
	 */
	public static OpenApiContract of(String documentText) {
		return new OpenApiContract(documentText);
	}

	/**
	 * What is wrong with a response to {@code method path}; empty when it is what the
	 * document promises.
	 */
	public List<String> problems(String method, String path, int status, String contentType, String body) {
		String route = normalize(path);
		if (NOT_API.stream().anyMatch((prefix) -> route.equals(prefix) || route.startsWith(prefix + "/"))) {
			return List.of();
		}
		if ("OPTIONS".equals(method) && status < 400) {
			// A CORS preflight, answered before any operation runs. Refusals are errors.
			return List.of();
		}
		String where = method + " " + path + " -> " + status + ": ";
		Optional<Route> matched = this.routes.stream().filter((candidate) -> candidate.matches(route)).findFirst();
		JsonNode operation = matched
			.map((found) -> this.document.path("paths").path(found.template()).path(method.toLowerCase()))
			.orElse(null);
		JsonNode schema;
		String schemaName;
		if (operation == null || operation.isMissingNode()) {
			if (status < 400) {
				return List.of(where + "the document describes no such operation");
			}
			schema = JSON.createObjectNode().put("$ref", "#/components/schemas/ErrorBody");
			schemaName = "error body";
		}
		else {
			JsonNode responses = operation.path("responses");
			JsonNode response = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
					: responses.path("default");
			if (response.isMissingNode()) {
				return List.of(where + "status not documented for " + matched.get().template());
			}
			schema = response.path("content").path("application/json").path("schema");
			if (schema.isMissingNode()) {
				return List.of(where + "no JSON body documented");
			}
			schemaName = method + " " + matched.get().template() + " " + status;
		}
		if (contentType == null || !contentType.startsWith("application/json")) {
			return List.of(where + "Content-Type is " + contentType + ", not application/json");
		}
		JsonNode instance;
		try {
			instance = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return List.of(where + "the body is not JSON");
		}
		List<String> problems = new ArrayList<>();
		for (Error error : compile(schemaName, schema).validate(instance)) {
			problems.add(where + error.getInstanceLocation() + " " + error.getMessage());
		}
		return problems;
	}

	private Schema compile(String name, JsonNode schema) {
		return this.compiled.computeIfAbsent(name, (key) -> this.registry.getSchema(absoluteRefs(schema.deepCopy())));
	}

	/** Points the document's local references at the document, so a part stands alone. */
	private static JsonNode absoluteRefs(JsonNode node) {
		if (node instanceof ObjectNode object && object.path("$ref").isString()
				&& object.path("$ref").asString().startsWith("#")) {
			object.put("$ref", DOCUMENT + object.path("$ref").asString());
		}
		node.values().forEach(OpenApiContract::absoluteRefs);
		return node;
	}

	private static String normalize(String path) {
		int query = path.indexOf('?');
		String route = (query >= 0) ? path.substring(0, query) : path;
		return (route.length() > 1 && route.endsWith("/")) ? route.substring(0, route.length() - 1) : route;
	}

	private record Route(String template, Pattern pattern, int variables) {

		static Route of(String template) {
			StringBuilder regex = new StringBuilder();
			int variables = 0;
			for (String part : template.substring(1).split("/", -1)) {
				regex.append('/');
				if (part.startsWith("{") && part.endsWith("}")) {
					regex.append("[^/]+");
					variables++;
				}
				else {
					regex.append(Pattern.quote(part));
				}
			}
			return new Route(template, Pattern.compile(regex.toString()), variables);
		}

		boolean matches(String path) {
			return this.pattern.matcher(path).matches();
		}

	}

}
