package dev.contactsapi.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads ids from the request path. An id that is not a positive integer is a 400; one too
 * large to exist is simply not found.
 */
public final class PathIds {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private PathIds() {
	}

	/**
	 * The id, or empty when it is a positive integer too large for any record.
	 * @throws InvalidRequest when the text is not a positive integer
	 */
	public static OptionalLong parse(String name, String text) {
		if (!DIGITS.matcher(text).matches() || text.chars().allMatch((c) -> c == '0')) {
			throw InvalidRequest.of(name, "must be a positive integer");
		}
		String significant = text.replaceFirst("^0+", "");
		if (significant.length() > 18) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(significant));
	}

}
