package dev.contactsapi.company;

import java.util.Locale;

/**
 * What a key may do. Each role may do everything the roles before it may.
 */
public enum Role {

	/** Reads. */
	VIEWER,
	/** Reads and creates. */
	EMPLOYEE,
	/** Reads, creates, edits and deletes. */
	EDITOR,
	/** Everything, and manages the company's API keys. */
	OWNER;

	/**
	 * The role as stored and as clients see it: lower case.
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a role name in any case.
	 * @throws IllegalArgumentException when it names no role
	 */
	public static Role fromName(String name) {
		return valueOf(name.strip().toUpperCase(Locale.ROOT));
	}

}
