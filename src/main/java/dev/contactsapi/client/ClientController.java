package dev.contactsapi.client;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
	@Operation(operationId = "listClients", summary = "List clients, by visibleId; search, filter and page them",
			description = "Role viewer. search matches name, tax id and email, ignoring case and accents; the "
					+ "filters narrow to exact values. A filter left out does not narrow; "
					+ "a filter sent empty is a 400. page is 1-based, limit 1 to 100 (default 50).")
	PageResponse<ClientItem> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "Words that must all appear in the name, tax id or email; blank is no search",
					example = "acme") @RequestParam(required = false) String search,
			@Parameter(description = "Only clients of this kind",
					schema = @Schema(implementation = ClientType.class)) @RequestParam(required = false) String type,
			@Parameter(description = "Only clients with exactly this email, ignoring case",
					example = "billing@acme.com") @RequestParam(required = false) String email,
			@Parameter(description = "Only clients with exactly this tax id",
					example = "514000000") @RequestParam(required = false) String taxId,
			@Parameter(description = "true: only clients with at least one contact; false: only clients without",
					schema = @Schema(types = "string", allowableValues = { "true", "false" })) @RequestParam(
							required = false) String hasContacts,
			@Parameter(description = "The 1-based page number",
					schema = @Schema(types = "integer", minimum = "1", maximum = "2147483647",
							defaultValue = "1")) @RequestParam(required = false) String page,
			@Parameter(description = "The page size", schema = @Schema(types = "integer", minimum = "1",
					maximum = "100", defaultValue = "50")) @RequestParam(required = false) String limit) {
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
	@Operation(operationId = "createClient", summary = "Create a client, optionally with its contact",
			description = "Role employee. Send either a new contact in contact or the visibleId of an existing "
					+ "contact in existingContactId, not both; the client and its contact are saved together or "
					+ "not at all.")
	ResponseEntity<ApiResponse<ClientView>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ClientInput.Create.class))) @RequestBody JsonNode body) {
		ClientForm form = this.validator.readCreate(body, ClientForm.READ_ONLY, ClientForm::readNew);
		ClientView created = this.clients.create(caller.companyId(), form);
		return ResponseEntity.created(URI.create("/clients/id/" + created.visibleId())).body(ApiResponse.of(created));
	}

	@PutMapping("/edit/{visibleId}")
	@Operation(operationId = "editClient", summary = "Change some fields of a client", description = "Role editor.")
	ApiResponse<ClientView> edit(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ClientInput.Edit.class))) @RequestBody JsonNode body) {
		long id = parseId(visibleId);
		ClientForm form = this.validator.readEdit(body, ClientForm.READ_ONLY, ClientForm::read);
		return ApiResponse.of(this.clients.edit(caller.companyId(), id, form));
	}

	private static long parseId(String visibleId) {
		return PathIds.parse("visibleId", visibleId).orElseThrow(ClientNotFound::new);
	}

}
