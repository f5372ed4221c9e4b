package dev.contactsapi.address;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.contactsapi.search.SearchQuery;
import dev.contactsapi.security.Caller;
import dev.contactsapi.web.ApiResponse;
import dev.contactsapi.web.Deleted;
import dev.contactsapi.web.PageResponse;
import dev.contactsapi.web.Paging;
import dev.contactsapi.web.PathIds;
import dev.contactsapi.web.RequestValidator;

/**
 * The Addresses routes of the contract.
 */
@RestController
@RequestMapping("/addresses")
@Tag(name = "Addresses", description = "Addresses shared by the company's clients and contacts")
class AddressController {

	private static final String IN_USE_EXAMPLE = """
			{"success": false, "statusCode": 409,
			 "message": "Address is still used by 2 contacts and 1 client; point them elsewhere first",
			 "error": {"status": 409, "code": "CONFLICT",
			  "message": "Address is still used by 2 contacts and 1 client; point them elsewhere first",
			  "issues": []}}""";

	private final AddressService addresses;

	private final RequestValidator validator;

	AddressController(AddressService addresses, RequestValidator validator) {
		this.addresses = addresses;
		this.validator = validator;
	}

	@GetMapping
	@Operation(operationId = "listAddresses", summary = "List addresses, by id; search and page them",
			description = "Role viewer. search matches name, street, street number, city, zip, country and notes, "
					+ "ignoring case and accents; page is 1-based, limit 1 to 100 (default 50).")
	PageResponse<AddressView> list(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "Words that must all appear in the address, in any field; blank is no search",
					example = "tel aviv") @RequestParam(required = false) String search,
			@Parameter(description = "The 1-based page number",
					schema = @Schema(types = "integer", minimum = "1", maximum = "2147483647",
							defaultValue = "1")) @RequestParam(required = false) String page,
			@Parameter(description = "The page size", schema = @Schema(types = "integer", minimum = "1",
					maximum = "100", defaultValue = "50")) @RequestParam(required = false) String limit) {
		Paging paging = Paging.of(page, limit);
		Page<AddressView> found = this.addresses.list(caller.companyId(), SearchQuery.parse(search), paging);
		return PageResponse.of(found.getContent(), found.getTotalElements(), paging);
	}

	@GetMapping("/id/{id}")
	@Operation(operationId = "getAddress", summary = "One address", description = "Role viewer.")
	ApiResponse<AddressView> get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		return ApiResponse.of(this.addresses.get(caller.companyId(), parseId(id)));
	}

	@PostMapping("/create")
	@Operation(operationId = "createAddress", summary = "Create an address", description = "Role employee.")
	ResponseEntity<ApiResponse<AddressView>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AddressInput.Create.class))) @RequestBody JsonNode body) {
		AddressForm form = this.validator.readCreate(body, AddressForm.READ_ONLY, AddressForm::read);
		AddressView created = this.addresses.create(caller.companyId(), form);
		return ResponseEntity.created(URI.create("/addresses/id/" + created.id())).body(ApiResponse.of(created));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "editAddress", summary = "Change some fields of an address", description = "Role editor.")
	ApiResponse<AddressView> edit(@AuthenticationPrincipal Caller caller, @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AddressInput.Edit.class))) @RequestBody JsonNode body) {
		long addressId = parseId(id);
		AddressForm form = this.validator.readEdit(body, AddressForm.READ_ONLY, AddressForm::read);
		return ApiResponse.of(this.addresses.edit(caller.companyId(), addressId, form));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteAddress", summary = "Delete an address no one points at",
			description = "Role editor. Refused with 409 while contacts or clients point at the address; "
					+ "the message counts them.")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409",
			description = "Contacts or clients still point at the address",
			content = @Content(mediaType = "application/json", schema = @Schema(ref = "#/components/schemas/ErrorBody"),
					examples = @ExampleObject(value = IN_USE_EXAMPLE)))
	ApiResponse<Deleted> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		this.addresses.delete(caller.companyId(), parseId(id));
		return ApiResponse.of(Deleted.DONE);
	}

	private static long parseId(String id) {
		return PathIds.parse("id", id).orElseThrow(AddressNotFound::new);
	}

}
