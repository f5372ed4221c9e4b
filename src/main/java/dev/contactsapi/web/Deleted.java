package dev.contactsapi.web;

/**
 * The data of a successful delete: {@code {"success": true}}.
 *
 * @param success always {@code true}
 */
public record Deleted(boolean success) {

	public static final Deleted DONE = new Deleted(true);

}
