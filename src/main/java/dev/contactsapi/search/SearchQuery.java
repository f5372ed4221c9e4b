package dev.contactsapi.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import dev.contactsapi.web.InvalidRequest;
import dev.contactsapi.web.PlainTextValidator;

/**
 * A search string taken apart into words, every one of which must occur in a record's
 * search text. A word made of phone characters also matches by its digits alone, so
 * {@code 0501234567} finds {@code 050-1234567}. {@code %}, {@code _} and {@code \} are
 * literal. A blank search is no search.
 */
public final class SearchQuery {

	/** White space and Unicode space separators, no-break spaces included. */
	private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern PHONE_LIKE = Pattern.compile("[0-9 +\\-().]*[0-9][0-9 +\\-().]*");

	private static final int MAX_LENGTH = 200;

	private static final char ESCAPE = '\\';

	private final List<Set<String>> words;

	private SearchQuery(List<Set<String>> words) {
		this.words = words;
	}

	/**
	 * Parses the {@code search} parameter; {@code null} or blank gives the empty query.
	 * @throws InvalidRequest when it holds control characters or is longer than 200
	 * characters
	 */
	public static SearchQuery parse(String search) {
		if (search == null || search.isBlank()) {
			return new SearchQuery(List.of());
		}
		if (search.length() > MAX_LENGTH) {
			throw InvalidRequest.of("search", "must be at most " + MAX_LENGTH + " characters");
		}
		if (!PlainTextValidator.isPlain(search)) {
			throw InvalidRequest.of("search", "must not contain control characters");
		}
		List<Set<String>> words = new ArrayList<>();
		for (String word : BLANKS.split(search)) {
			String folded = SearchText.fold(word);
			if (folded.isEmpty()) {
				continue;
			}
			Set<String> forms = new LinkedHashSet<>();
			forms.add(folded);
			if (PHONE_LIKE.matcher(word).matches()) {
				forms.add(SearchText.digits(word));
			}
			words.add(forms);
		}
		return new SearchQuery(List.copyOf(words));
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/**
	 * A condition that holds when every word occurs in the attribute holding the search
	 * text. It compiles to {@code LIKE '%word%' ESCAPE '\'}, which the trigram index
	 * serves.
	 */
	public <T> Specification<T> matching(String searchTextAttribute) {
		return (root, query, builder) -> {
			Expression<String> text = root.get(searchTextAttribute);
			List<Predicate> all = new ArrayList<>();
			for (Set<String> forms : this.words) {
				List<Predicate> any = new ArrayList<>();
				for (String form : forms) {
					any.add(builder.like(text, "%" + escape(form) + "%", ESCAPE));
				}
				all.add(builder.or(any.toArray(Predicate[]::new)));
			}
			return builder.and(all.toArray(Predicate[]::new));
		};
	}

	private static String escape(String word) {
		StringBuilder escaped = new StringBuilder(word.length());
		for (char c : word.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
