package dev.contactsapi.web;

import java.util.List;

/**
 * A failure the client caused or must be told about, carrying everything the error body
 * needs. Subclasses name the failure; {@link ApiExceptionHandler} turns them into the
 * contract's body.
 */
public class ApiException extends RuntimeException {

	private final int status;

	private final ErrorCode code;

	private final List<FieldIssue> issues;

	public ApiException(ErrorCode code, String message) {
		this(code.status(), code, message, List.of());
	}

	protected ApiException(int status, ErrorCode code, String message, List<FieldIssue> issues) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.issues = List.copyOf(issues);
	}

	public int status() {
		return this.status;
	}

	public ErrorCode code() {
		return this.code;
	}

	public List<FieldIssue> issues() {
		return this.issues;
	}

}
