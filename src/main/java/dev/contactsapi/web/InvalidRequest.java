package dev.contactsapi.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that fails the contract's rules: a bad field, parameter, path id or body. Its
 * message joins the issues, each prefixed with its field.
 */
public class InvalidRequest extends ApiException {

	public InvalidRequest(List<FieldIssue> issues) {
		super(ErrorCode.INVALID_FIELD.status(), ErrorCode.INVALID_FIELD,
				issues.stream().map(FieldIssue::describe).collect(Collectors.joining("; ")), issues);
	}

	public static InvalidRequest of(String field, String message) {
		return new InvalidRequest(List.of(FieldIssue.of(field, message)));
	}

}
