package dev.contactsapi.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The contract's error body: Glance's top-level {@code statusCode} and {@code message},
 * and the SDK's {@code error} object, both saying the same thing.
 *
 * @param success always {@code false}
 * @param statusCode the HTTP status
 * @param message what went wrong
 * @param error the same, as the SDK reads it, with field issues
 */
public record ErrorBody(boolean success, int statusCode, String message, Detail error) {

	public static ErrorBody of(int status, ErrorCode code, String message, List<FieldIssue> issues) {
		return new ErrorBody(false, status, message, new Detail(status, code.name(), message, issues));
	}

	public static ErrorBody of(ErrorCode code, String message) {
		return of(code.status(), code, message, List.of());
	}

	/**
	 * A body for a bare HTTP status raised outside our handlers, with a generic message
	 * that reveals nothing about the failure.
	 */
	public static ErrorBody forStatus(int status) {
		ErrorCode code = ErrorCode.forStatus(status);
		HttpStatus known = HttpStatus.resolve(status);
		String message = switch (code) {
			case NO_ACCESS -> (status == 401) ? "Invalid or missing API key" : "This key's role may not do this";
			case UNSUPPORTED_MEDIA_TYPE -> "Content-Type must be application/json";
			case UNKNOWN_ERROR -> "An unexpected error occurred";
			default -> (known != null) ? known.getReasonPhrase() : "Request refused";
		};
		return of(status, code, message, List.of());
	}

	public static ErrorBody of(ApiException failure) {
		return of(failure.status(), failure.code(), failure.getMessage(), failure.issues());
	}

	/**
	 * @param status the HTTP status
	 * @param code the contract's error code
	 * @param message what went wrong
	 * @param issues one entry per field at fault; empty when no field is
	 */
	public record Detail(int status, String code, String message, List<FieldIssue> issues) {
	}

}
