package dev.contactsapi.docs;

import java.util.LinkedHashMap;
import java.util.List;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.FieldIssue;

/**
 * The OpenAPI document. Controllers describe their own routes; what every route shares is
 * added here, to every operation, so that a new route is described completely as soon as
 * it exists: the bearer key, the error responses in the contract's body with an example
 * each, {@code 201} with {@code Location} for the create routes, and the rule that every
 * field of a response is present, {@code null} when it has no value.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearerKey";

	static final String ERROR_BODY = "ErrorBody";

	static {
		// Request bodies are read as JSON trees; the operations describe their fields.
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema());
	}

	@Bean
	OpenAPI contactsApiDocument() {
		return new OpenAPI().info(new Info().title("Contacts API").version("1").description("""
				A self-hostable replica of Glance's public Contacts API, with the Addresses and \
				Clients routes that contacts point at. Every route below needs \
				`Authorization: Bearer <key>`; health checks, metrics and this document do not. \
				Successes answer `{"success": true, "data": ...}`; errors answer the body shown with \
				each error status."""))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API key: glnc_sk_ followed by at least 32 URL-safe characters")));
	}

	@Bean
	OpenApiCustomizer sharedResponses() {
		return (document) -> {
			document.addSecurityItem(new SecurityRequirement().addList(BEARER));
			ModelConverters.getInstance(true).readAll(ErrorBody.class).forEach(document.getComponents()::addSchemas);
			document.getPaths().values().forEach(OpenApiConfiguration::describeShared);
			ResponseSchemas.nullableReferences(document);
			ResponseSchemas.requireEveryField(document);
		};
	}

	@Bean
	PropertyCustomizer nullableFields() {
		return ResponseSchemas::nullableValues;
	}

	private static void describeShared(PathItem path) {
		path.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			operation.setResponses(responses);
			boolean hasBody = operation.getRequestBody() != null;
			if (method == PathItem.HttpMethod.POST && responses.containsKey("200")) {
				created(responses);
			}
			addError(responses, ErrorCode.INVALID_FIELD);
			addError(responses, 401, ErrorCode.NO_ACCESS, "Invalid or missing API key");
			addError(responses, ErrorCode.NO_ACCESS);
			addError(responses, ErrorCode.NOT_FOUND);
			if (method != PathItem.HttpMethod.GET) {
				addError(responses, ErrorCode.CONFLICT);
			}
			if (hasBody) {
				addError(responses, ErrorCode.PAYLOAD_TOO_LARGE);
				addError(responses, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
			}
			addError(responses, ErrorCode.RATE_LIMIT_EXCEEDED);
			addError(responses, ErrorCode.UNKNOWN_ERROR);
			addError(responses, ErrorCode.UNAVAILABLE);
		});
	}

	private static void created(ApiResponses responses) {
		ApiResponse ok = responses.remove("200");
		ok.setDescription("Created");
		ok.addHeaderObject("Location",
				new Header().description("Where the new record can be read").schema(new StringSchema()));
		responses.put("201", ok);
	}

	private static void addError(ApiResponses responses, ErrorCode code) {
		addError(responses, code.status(), code, null);
	}

	private static void addError(ApiResponses responses, int status, ErrorCode code, String message) {
		String key = String.valueOf(status);
		if (responses.containsKey(key)) {
			return;
		}
		ErrorBody example = example(status, code, message);
		MediaType json = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_BODY))
			.example(JsonMapper.shared().convertValue(example, LinkedHashMap.class));
		responses.addApiResponse(key, new ApiResponse().description(example.message())
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json)));
	}

	private static ErrorBody example(int status, ErrorCode code, String message) {
		if (code == ErrorCode.INVALID_FIELD) {
			FieldIssue issue = FieldIssue.of("email", "must be a valid email address");
			return ErrorBody.of(status, code, issue.describe(), List.of(issue));
		}
		if (code == ErrorCode.NO_ACCESS && message == null) {
			return ErrorBody.of(status, code, "This key's role may not do this", List.of());
		}
		return (message != null) ? ErrorBody.of(status, code, message, List.of()) : ErrorBody.forStatus(status);
	}

}
