package dev.contactsapi.contact;

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
 * The five Contacts routes of the contract.
 */
@RestController
@RequestMapping("/contacts")
@Tag(name = "Contacts", description = "People of the company's clients")
class ContactController {

	private final ContactService contacts;

	private final RequestValidator validator;

	ContactController(ContactService contacts, RequestValidator validator) {
		this.contacts = contacts;
		this.validator = validator;
	}

	@GetMapping
	@Operation(operationId = "listContacts", summary = "List contacts, by visibleId; search and page them",
			description = "Role viewer. search matches first name, last name, full name, email and phone, "
					+ "ignoring case and accents; page is 1-based, limit 1 to 100 (default 50).")
	PageResponse<ContactItem> list(@AuthenticationPrincipal Caller caller,
			@Parameter(
					description = "Words that must all appear in the contact, in any field; digits match phone numbers "
							+ "whatever their punctuation; blank is no search",
					example = "john 050") @RequestParam(required = false) String search,
			@Parameter(description = "The 1-based page number",
					schema = @Schema(types = "integer", minimum = "1", maximum = "2147483647",
							defaultValue = "1")) @RequestParam(required = false) String page,
			@Parameter(description = "The page size", schema = @Schema(types = "integer", minimum = "1",
					maximum = "100", defaultValue = "50")) @RequestParam(required = false) String limit) {
		Paging paging = Paging.of(page, limit);
		Page<ContactItem> found = this.contacts.list(caller.companyId(), SearchQuery.parse(search), paging);
		return PageResponse.of(found.getContent(), found.getTotalElements(), paging);
	}

	@GetMapping("/id/{visibleId}")
	@Operation(operationId = "getContact", summary = "One contact, with its address", description = "Role viewer.")
	ApiResponse<ContactView> get(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId) {
		return ApiResponse.of(this.contacts.get(caller.companyId(), parseId(visibleId)));
	}

	@PostMapping("/create")
	@Operation(operationId = "createContact", summary = "Create a contact", description = "Role employee.")
	ResponseEntity<ApiResponse<ContactView>> create(@AuthenticationPrincipal Caller caller,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ContactInput.Create.class))) @RequestBody JsonNode body) {
		ContactForm form = this.validator.readCreate(body, ContactForm.READ_ONLY, ContactForm::read);
		ContactView created = this.contacts.create(caller.companyId(), form);
		URI location = URI.create("/contacts/id/" + created.contact().visibleId());
		return ResponseEntity.created(location).body(ApiResponse.of(created));
	}

	@PutMapping("/edit/{visibleId}")
	@Operation(operationId = "editContact", summary = "Change some fields of a contact", description = "Role editor.")
	ApiResponse<ContactView> edit(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = ContactInput.Edit.class))) @RequestBody JsonNode body) {
		long id = parseId(visibleId);
		ContactForm form = this.validator.readEdit(body, ContactForm.READ_ONLY, ContactForm::read);
		return ApiResponse.of(this.contacts.edit(caller.companyId(), id, form));
	}

	@DeleteMapping("/delete/{visibleId}")
	@Operation(operationId = "deleteContact", summary = "Delete a contact for good", description = "Role editor.")
	ApiResponse<Deleted> delete(@AuthenticationPrincipal Caller caller, @PathVariable String visibleId) {
		this.contacts.delete(caller.companyId(), parseId(visibleId));
		return ApiResponse.of(Deleted.DONE);
	}

	private static long parseId(String visibleId) {
		return PathIds.parse("visibleId", visibleId).orElseThrow(ContactNotFound::new);
	}

}
