package dev.contactsapi.client;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.contactsapi.security.Caller;
import dev.contactsapi.web.ApiResponse;
import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PageResponse;
import dev.contactsapi.web.Paging;
import dev.contactsapi.web.PathIds;
import dev.contactsapi.web.RequestValidator;

/**
 * The Clients routes of the contract. There is no delete: Glance publishes none.
 */
@RestController
@RequestMapping("/clients")
@Tag(name = "Clients", description = "The company's customers")
class ClientController {

	private final ClientService clients;

	private final RequestValidator validator;

	ClientController(ClientService clients, RequestValidator validator) {
		this.clients = clients;
		this.validator = validator;
	}

	@GetMapping
	PageResponse<ClientItem> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String search,
			@RequestParam(required = false) String type, @RequestParam(required = false) String email,
			@RequestParam(required = false) String taxId, @RequestParam(required = false) String hasContacts,
			@RequestParam(required = false) String page, @RequestParam(required = false) String limit) {
		Paging paging = Paging.of(page, limit);
		ClientFilter filter = ClientFilter.of(search, type, email, taxId, hasContacts);
		Page<ClientItem> found = this.clients.list(caller.companyId(), filter, paging);
		return PageResponse.of(found.getContent(), found.getTotalElements(), paging);
	}

	@GetMapping("/id/{visibleId}")
	@Operation(operationId = "getClient", summary = "One client, with its contacts and addresses",
			description = "Role viewer.")
	ApiResponse<ClientView> get(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId) {
		return ApiResponse.of(this.clients.get(caller.companyId(), parseId(visibleId)));
	}

	@PostMapping("/create")
	@Operation(operationId = "createClient", summary = "Create a client", description = "Role employee.")
	ResponseEntity<ApiResponse<ClientView>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ClientInput.class))) @RequestBody JsonNode body) {
		JsonBody fields = JsonBody.forCreate(body, ClientForm.READ_ONLY);
		ClientForm form = this.validator.check(fields, ClientForm.readNew(fields));
		ClientView created = this.clients.create(caller.companyId(), form);
		return ResponseEntity.created(URI.create("/clients/id/" + created.visibleId())).body(ApiResponse.of(created));
	}

	@PutMapping("/edit/{visibleId}")
	ApiResponse<ClientView> edit(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId,
			@RequestBody JsonNode body) {
		long id = parseId(visibleId);
		JsonBody fields = JsonBody.forEdit(body, ClientForm.READ_ONLY);
		ClientForm form = this.validator.check(fields, ClientForm.read(fields));
		return ApiResponse.of(this.clients.edit(caller.companyId(), id, form));
	}

	private static long parseId(String visibleId) {
		return PathIds.parse("visibleId", visibleId).orElseThrow(ClientNotFound::new);
	}

}
