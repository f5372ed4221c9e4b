package dev.contactsapi.address;

import java.net.URI;

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
class AddressController {

	private final AddressService addresses;

	private final RequestValidator validator;

	AddressController(AddressService addresses, RequestValidator validator) {
		this.addresses = addresses;
		this.validator = validator;
	}

	@GetMapping("/id/{id}")
	ApiResponse<AddressView> get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
		long addressId = PathIds.parse("id", id).orElseThrow(AddressNotFound::new);
		return ApiResponse.of(this.addresses.get(caller.companyId(), addressId));
	}

	@PostMapping("/create")
	ResponseEntity<ApiResponse<AddressView>> create(@AuthenticationPrincipal Caller caller,
			@RequestBody JsonNode body) {
		JsonBody fields = JsonBody.forCreate(body, AddressForm.READ_ONLY);
		AddressForm form = this.validator.check(fields, AddressForm.read(fields));
		AddressView created = this.addresses.create(caller.companyId(), form);
		return ResponseEntity.created(URI.create("/addresses/id/" + created.id())).body(ApiResponse.of(created));
	}

}
