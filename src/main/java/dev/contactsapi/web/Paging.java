package dev.contactsapi.web;

import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A requested page: {@code page} is 1-based (default 1) and {@code limit} is 1 to 100
 * (default 50). Anything else, an empty value included, is refused, as is a page whose
 * offset would not fit in 31 bits.
 *
 * @param page the 1-based page number
 * @param limit the page size
 */
public record Paging(int page, int limit) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 100;

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");

	private static final long MAX_OFFSET = Integer.MAX_VALUE;

	/**
	 * Reads the query parameters as sent; {@code null} means the parameter was left out.
	 * @throws InvalidRequest when either is not acceptable
	 */
	public static Paging of(String page, String limit) {
		long pageNumber = (page != null) ? parse("page", page) : 1;
		long pageSize = (limit != null) ? parse("limit", limit) : DEFAULT_LIMIT;
		if (pageNumber < 1) {
			throw InvalidRequest.of("page", "must be a whole number of at least 1");
		}
		if (pageSize < 1 || pageSize > MAX_LIMIT) {
			throw InvalidRequest.of("limit", "must be a whole number from 1 to " + MAX_LIMIT);
		}
		if ((pageNumber - 1) * pageSize > MAX_OFFSET) {
			throw InvalidRequest.of("page", "is too far: (page - 1) * limit must not exceed " + MAX_OFFSET);
		}
		return new Paging((int) pageNumber, (int) pageSize);
	}

	private static long parse(String name, String value) {
		if (!NUMBER.matcher(value).matches()) {
			throw InvalidRequest.of(name, "page".equals(name) ? "must be a whole number of at least 1"
					: "must be a whole number from 1 to " + MAX_LIMIT);
		}
		return Long.parseLong(value);
	}

	public long offset() {
		return (long) (this.page - 1) * this.limit;
	}

	/**
	 * This page as Spring Data's page request, in the given order.
	 */
	public Pageable toPageable(Sort sort) {
		return PageRequest.of(this.page - 1, this.limit, sort);
	}

}
