package dev.contactsapi.address;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The Addresses routes of the contract.
 */
@RestController
@RequestMapping("/addresses")
@Tag(name = "Addresses", description = "Addresses shared by the company's clients and contacts")
class AddressController {

	private final AddressService addresses;

	private final RequestValidator validator;

	AddressController(AddressService addresses, RequestValidator validator) {
		this.addresses = addresses;
		this.validator = validator;
	}

	@GetMapping("/id/{id}")
	@Operation(operationId = "getAddress", summary = "One address", description = "Role viewer.")
	ApiResponse<AddressView> get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		long addressId = PathIds.parse("id", id).orElseThrow(AddressNotFound::new);
		return ApiResponse.of(this.addresses.get(caller.companyId(), addressId));
	}

	@PostMapping("/create")
	@Operation(operationId = "createAddress", summary = "Create an address", description = "Role employee.")
	ResponseEntity<ApiResponse<AddressView>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = AddressInput.class))) @RequestBody JsonNode body) {
		JsonBody fields = JsonBody.forCreate(body, AddressForm.READ_ONLY);
		AddressForm form = this.validator.check(fields, AddressForm.read(fields));
		AddressView created = this.addresses.create(caller.companyId(), form);
		return ResponseEntity.created(URI.create("/addresses/id/" + created.id())).body(ApiResponse.of(created));
	}

}
