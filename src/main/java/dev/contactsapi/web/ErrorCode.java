package dev.contactsapi.web;

/**
 * The {@code error.code} values of the contract, each with the HTTP status it usually
 * travels with. {@code NO_ACCESS} is the one code with two statuses: 401 for a missing or
 * bad key, 403 for a role that may not act.
 */
public enum ErrorCode {

	INVALID_FIELD(400), NO_ACCESS(403), CONTACT_NOT_FOUND(404), CLIENT_NOT_FOUND(404), ADDRESS_NOT_FOUND(404),
	NOT_FOUND(404), METHOD_NOT_ALLOWED(405), CONFLICT(409), PAYLOAD_TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415),
	RATE_LIMIT_EXCEEDED(429), UNKNOWN_ERROR(500), UNAVAILABLE(503);

	private final int status;

	ErrorCode(int status) {
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	/**
	 * The code for a bare HTTP status raised outside our handlers (by Spring MVC or
	 * Tomcat).
	 */
	public static ErrorCode forStatus(int status) {
		return switch (status) {
			case 401, 403 -> NO_ACCESS;
			case 404 -> NOT_FOUND;
			// 501 is Tomcat's answer to a method or transfer coding it does not
			// implement.
			case 405, 501 -> METHOD_NOT_ALLOWED;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> RATE_LIMIT_EXCEEDED;
			case 503 -> UNAVAILABLE;
			// 505: an HTTP version the server does not speak, the client's fault like a
			// 4xx.
			default -> (status >= 500 && status != 505) ? UNKNOWN_ERROR : INVALID_FIELD;
		};
	}

}
