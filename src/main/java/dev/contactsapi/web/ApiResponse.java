package dev.contactsapi.web;

/**
 * The success envelope of a single record: {@code {"success": true, "data": ...}}.
 *
 * @param <T> the record's representation
 * @param success always {@code true}
 * @param data the record
 */
public record ApiResponse<T>(boolean success, T data) {

	public static <T> ApiResponse<T> of(T data) {
		return new ApiResponse<>(true, data);
	}

}
