package dev.contactsapi.company;

import java.net.URI;
import java.util.List;

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
import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PathIds;
import dev.contactsapi.web.RequestValidator;

/**
 * Key management for owners (the security configuration lets no other role in).
 */
@RestController
@RequestMapping("/api-keys")
class ApiKeyController {

	private final ApiKeyManagement keys;

	private final RequestValidator validator;

	ApiKeyController(ApiKeyManagement keys, RequestValidator validator) {
		this.keys = keys;
		this.validator = validator;
	}

	@GetMapping
	ApiResponse<List<ApiKeyView>> list(@AuthenticationPrincipal Caller caller) {
		return ApiResponse.of(this.keys.list(caller.companyId()));
	}

	@GetMapping("/id/{id}")
	ApiResponse<ApiKeyView> get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		return ApiResponse.of(this.keys.get(caller.companyId(), parseId(id)));
	}

	@PostMapping("/create")
	ResponseEntity<ApiResponse<NewApiKey>> create(@AuthenticationPrincipal Caller caller, @RequestBody JsonNode body) {
		JsonBody fields = JsonBody.forCreate(body, ApiKeyForm.READ_ONLY);
		ApiKeyForm form = this.validator.check(fields, ApiKeyForm.read(fields));
		NewApiKey created = this.keys.create(caller.companyId(), form);
		URI location = URI.create("/api-keys/id/" + created.view().id());
		return ResponseEntity.created(location).body(ApiResponse.of(created));
	}

	@DeleteMapping("/delete/{id}")
	ApiResponse<ApiKeyView> revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		return ApiResponse.of(this.keys.revoke(caller.companyId(), parseId(id)));
	}

	private static long parseId(String id) {
		return PathIds.parse("id", id).orElseThrow(ApiKeyNotFound::new);
	}

}
