package dev.contactsapi.web;

import java.util.List;

/**
 * The success envelope of a list: the page's items and where they stand in the whole
 * result.
 *
 * @param <T> the item representation
 * @param success always {@code true}
 * @param data the items of the requested page, possibly none
 * @param pagination the page's position
 */
public record PageResponse<T>(boolean success, List<T> data, Pagination pagination) {

	public static <T> PageResponse<T> of(List<T> items, long total, Paging paging) {
		boolean hasMore = paging.offset() + items.size() < total;
		return new PageResponse<>(true, items, new Pagination(total, paging.limit(), paging.offset(), hasMore));
	}

	/**
	 * @param total the exact number of matches
	 * @param limit the page size asked for
	 * @param offset how many matches precede the page
	 * @param hasMore whether matches follow the page
	 */
	public record Pagination(long total, int limit, long offset, boolean hasMore) {
	}

}
