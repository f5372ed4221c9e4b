package dev.contactsapi.company;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.contactsapi.web.JsonBody;
import dev.contactsapi.web.PlainText;
import dev.contactsapi.web.Sent;

/**
 * The body that creates a key.
 *
 * @param name required label, 1 to 100 characters, to tell keys apart in the list
 * @param role required: {@code viewer}, {@code employee}, {@code editor} or {@code owner}
 */
record ApiKeyForm(
		Sent<@NotNull(message = "is required") @Size(max = 100,
				message = "must be at most {max} characters") @PlainText String> name,
		Sent<@NotNull(message = "is required") @Pattern(regexp = "viewer|employee|editor|owner",
				message = "must be one of viewer, employee, editor, owner") String> role) {

	/** Fields of the representation that a client may send back; they are ignored. */
	static final Set<String> READ_ONLY = Set.of("id", "prefix", "createdAt", "lastUsedAt", "revokedAt");

	static ApiKeyForm read(JsonBody body) {
		return new ApiKeyForm(body.text("name"), body.text("role"));
	}

}
