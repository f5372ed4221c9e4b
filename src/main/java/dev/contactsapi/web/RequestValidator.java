package dev.contactsapi.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a form read from a {@link JsonBody}: the body's own issues (types, unknown
 * fields) and the form's Bean Validation constraints, all reported together in one
 * {@link InvalidRequest}.
 */
@Component
public class RequestValidator {

	private final Validator validator;

	public RequestValidator(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Returns the form when nothing is wrong with it or its body.
	 * @throws InvalidRequest naming every faulty field otherwise
	 */
	public <T> T check(JsonBody body, T form) {
		List<FieldIssue> issues = new ArrayList<>(body.issues());
		issues.addAll(violations(List.of(), form));
		if (!issues.isEmpty()) {
			throw new InvalidRequest(issues);
		}
		return form;
	}

	/**
	 * The form's constraint violations as issues, each path prefixed with {@code path}
	 * (for a nested form), in field order.
	 */
	public List<FieldIssue> violations(List<String> path, Object form) {
		List<FieldIssue> issues = new ArrayList<>();
		for (ConstraintViolation<Object> violation : this.validator.validate(form)) {
			List<String> fieldPath = new ArrayList<>(path);
			for (Path.Node node : violation.getPropertyPath()) {
				if (node.getName() != null) {
					fieldPath.add(node.getName());
				}
			}
			issues.add(new FieldIssue(List.copyOf(fieldPath), violation.getMessage()));
		}
		issues.sort(Comparator.comparing((FieldIssue issue) -> String.join(".", issue.path()))
			.thenComparing(FieldIssue::message));
		return issues;
	}

}
