package dev.contactsapi.web;

import java.util.List;

/**
 * One thing wrong with one input, named by its path ({@code ["email"]},
 * {@code ["page"]}).
 *
 * @param path the field's path, outermost first; empty for the body as a whole
 * @param message what is wrong, without the field name
 */
public record FieldIssue(List<String> path, String message) {

	public static FieldIssue of(String field, String message) {
		return new FieldIssue(List.of(field), message);
	}

	/**
	 * The issue as one line: {@code "email: must be a valid email address"}.
	 */
	public String describe() {
		return this.path.isEmpty() ? this.message : String.join(".", this.path) + ": " + this.message;
	}

}
