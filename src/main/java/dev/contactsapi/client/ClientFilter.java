package dev.contactsapi.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.data.jpa.domain.Specification;

import dev.contactsapi.search.SearchQuery;
import dev.contactsapi.web.FieldIssue;
import dev.contactsapi.web.InvalidRequest;
import dev.contactsapi.web.PlainTextValidator;

/**
 * What the client list is narrowed to: a free-text search over name, tax id and email,
 * and exact filters. A filter left out does not narrow; a filter sent empty is refused,
 * as an empty {@code page} is.
 *
 * @param search the words to find
 * @param type only clients of this kind, or {@code null}
 * @param email only clients with this email, ignoring case, or {@code null}
 * @param taxId only clients with exactly this tax id, or {@code null}
 * @param hasContacts only clients with (or without) contacts, or {@code null}
 */
record ClientFilter(SearchQuery search, ClientType type, String email, String taxId, Boolean hasContacts) {

	/**
	 * Reads the query parameters as sent; {@code null} means the parameter was left out.
	 * @throws InvalidRequest naming every parameter that is not acceptable
	 */
	static ClientFilter of(String search, String type, String email, String taxId, String hasContacts) {
		List<FieldIssue> issues = new ArrayList<>();
		ClientFilter filter = new ClientFilter(SearchQuery.parse(search), choice("type", type, issues),
				text("email", email, issues), text("taxId", taxId, issues), yesOrNo(hasContacts, issues));
		if (!issues.isEmpty()) {
			throw new InvalidRequest(issues);
		}
		return filter;
	}

	/**
	 * The company's clients that pass every filter.
	 */
	Specification<Client> forCompany(long companyId) {
		Specification<Client> matching = (root, query, builder) -> builder.equal(root.get("companyId"), companyId);
		if (!this.search.isEmpty()) {
			matching = matching.and(this.search.matching("searchText"));
		}
		if (this.type != null) {
			matching = matching.and((root, query, builder) -> builder.equal(root.get("type"), this.type));
		}
		if (this.email != null) {
			String folded = this.email.toLowerCase(Locale.ROOT);
			matching = matching.and((root, query, builder) -> builder.equal(builder.lower(root.get("email")), folded));
		}
		if (this.taxId != null) {
			matching = matching.and((root, query, builder) -> builder.equal(root.get("taxId"), this.taxId));
		}
		if (this.hasContacts != null) {
			matching = matching.and((root, query, builder) -> builder.equal(root.get("hasContacts"), this.hasContacts));
		}
		return matching;
	}

	private static ClientType choice(String name, String value, List<FieldIssue> issues) {
		if (value == null) {
			return null;
		}
		for (ClientType type : ClientType.values()) {
			if (type.name().equals(value)) {
				return type;
			}
		}
		String allowed = Arrays.stream(ClientType.values()).map(Enum::name).collect(Collectors.joining(", "));
		issues.add(FieldIssue.of(name, "must be one of " + allowed));
		return null;
	}

	private static String text(String name, String value, List<FieldIssue> issues) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			issues.add(FieldIssue.of(name, "must not be empty"));
			return null;
		}
		if (!PlainTextValidator.isPlain(stripped)) {
			issues.add(FieldIssue.of(name, "must not contain control characters"));
			return null;
		}
		return stripped;
	}

	private static Boolean yesOrNo(String value, List<FieldIssue> issues) {
		if (value == null) {
			return null;
		}
		if (!"true".equals(value) && !"false".equals(value)) {
			issues.add(FieldIssue.of("hasContacts", "must be one of true, false"));
			return null;
		}
		return Boolean.valueOf(value);
	}

}
