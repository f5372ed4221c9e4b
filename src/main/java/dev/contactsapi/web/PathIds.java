package dev.contactsapi.web;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads ids from the request path. An id that is not a positive integer is a 400; one too
 * large to exist is simply not found.
 */
public final class PathIds {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final String LARGEST = Long.toString(Long.MAX_VALUE);

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
		return valueOf(text);
	}

	/**
	 * The value of a string of ASCII digits, or empty when it exceeds a {@code long}. Its
	 * length is checked first, so that a megabyte of digits costs no more than a few.
	 */
	static OptionalLong valueOf(String digits) {
		int start = 0;
		while (start < digits.length() - 1 && digits.charAt(start) == '0') {
			start++;
		}
		String significant = digits.substring(start);
		boolean tooLarge = significant.length() > LARGEST.length()
				|| (significant.length() == LARGEST.length() && significant.compareTo(LARGEST) > 0);
		return tooLarge ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(significant));
	}

}
