package dev.contactsapi.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The normalized text a record is searched by. Case and accents are folded the same way
 * for the stored text and for the words searched, in any script: {@code "Émile"} and
 * {@code "emile"} meet, as do Hebrew with and without niqqud, and {@code "Ёлка"} and
 * {@code "елка"}.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]+");

	/** Separates fields, so that no single search word can match across two of them. */
	private static final String SEPARATOR = "\n";

	private SearchText() {
	}

	/**
	 * Folds case and strips accents: lower case first (so that {@code İ} folds too), then
	 * compatibility decomposition, then combining marks removed.
	 */
	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("");
	}

	/**
	 * The digits of a text, in order: {@code "050-123 4567"} gives {@code "0501234567"}.
	 */
	public static String digits(String text) {
		return NOT_DIGITS.matcher(text).replaceAll("");
	}

	/**
	 * The searchable text of a record's fields, each folded; {@code null} fields are
	 * skipped.
	 */
	public static String of(String... fields) {
		return Stream.of(fields).filter(Objects::nonNull).map(SearchText::fold).collect(Collectors.joining(SEPARATOR));
	}

}
