package dev.contactsapi.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import tools.jackson.databind.JsonNode;

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
	 * Reads a create body into its form and checks both; fields left out read as
	 * {@code null}.
	 * @param readOnly the representation's fields that a client may send back, ignored
	 * @param reader the form's reading of the body
	 * @throws InvalidRequest naming every faulty field
	 */
	public <T> T readCreate(JsonNode body, Set<String> readOnly, Function<JsonBody, T> reader) {
		JsonBody fields = JsonBody.forCreate(body, readOnly);
		return check(fields, reader.apply(fields));
	}

	/**
	 * Reads an edit body into its form and checks both; fields left out read as absent.
	 * @param readOnly the representation's fields that a client may send back, ignored
	 * @param reader the form's reading of the body
	 * @throws InvalidRequest naming every faulty field
	 */
	public <T> T readEdit(JsonNode body, Set<String> readOnly, Function<JsonBody, T> reader) {
		JsonBody fields = JsonBody.forEdit(body, readOnly);
		return check(fields, reader.apply(fields));
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
