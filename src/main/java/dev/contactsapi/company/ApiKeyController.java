package dev.contactsapi.company;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.contactsapi.security.Caller;
import dev.contactsapi.web.ApiResponse;
import dev.contactsapi.web.PathIds;
import dev.contactsapi.web.RequestValidator;

/**
 * Key management for owners (the security configuration lets no other role in).
 */
@RestController
@RequestMapping("/api-keys")
@Tag(name = "API keys", description = "The company's API keys; owners only")
class ApiKeyController {

	private static final String LAST_OWNER_EXAMPLE = """
			{"success": false, "statusCode": 409,
			 "message": "The last valid owner key of a company cannot be revoked; create another owner key first",
			 "error": {"status": 409, "code": "CONFLICT",
			  "message": "The last valid owner key of a company cannot be revoked; create another owner key first",
			  "issues": []}}""";

	private final ApiKeyManagement keys;

	private final RequestValidator validator;

	ApiKeyController(ApiKeyManagement keys, RequestValidator validator) {
		this.keys = keys;
		this.validator = validator;
	}

	@GetMapping
	@Operation(operationId = "listApiKeys", summary = "List the company's keys, revoked ones included",
			description = "Role owner. Never shows a key's secret, only its prefix.")
	ApiResponse<List<ApiKeyView>> list(@AuthenticationPrincipal Caller caller) {
		return ApiResponse.of(this.keys.list(caller.companyId()));
	}

	@GetMapping("/id/{id}")
	@Operation(operationId = "getApiKey", summary = "One key, without its secret", description = "Role owner.")
	ApiResponse<ApiKeyView> get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		return ApiResponse.of(this.keys.get(caller.companyId(), parseId(id)));
	}

	@PostMapping("/create")
	@Operation(operationId = "createApiKey", summary = "Create a key",
			description = "Role owner. data.key is the secret for the Authorization: Bearer header; it is shown "
					+ "in this response only and cannot be read again, so store it now.")
	ResponseEntity<ApiResponse<NewApiKey>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ApiKeyInput.class))) @RequestBody JsonNode body) {
		ApiKeyForm form = this.validator.readCreate(body, ApiKeyForm.READ_ONLY, ApiKeyForm::read);
		NewApiKey created = this.keys.create(caller.companyId(), form);
		URI location = URI.create("/api-keys/id/" + created.view().id());
		return ResponseEntity.created(location).body(ApiResponse.of(created));
	}

	@DeleteMapping("/delete/{id}")
	@Operation(operationId = "revokeApiKey", summary = "Revoke a key",
			description = "Role owner. The key stops authenticating at once on this instance (within 5 seconds "
					+ "on others) and stays in the list with revokedAt set; revoking a revoked key changes "
					+ "nothing. The company's last valid owner key cannot be revoked (409).")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409",
			description = "It is the company's last valid owner key",
			content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/ErrorBody"),
					examples = @ExampleObject(value = LAST_OWNER_EXAMPLE)))
	ApiResponse<ApiKeyView> revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		return ApiResponse.of(this.keys.revoke(caller.companyId(), parseId(id)));
	}

	private static long parseId(String id) {
		return PathIds.parse("id", id).orElseThrow(ApiKeyNotFound::new);
	}

}
