package dev.contactsapi.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body strictly, as the contract asks: text must be a
 * JSON string (never a coerced number or boolean) and is stripped of surrounding blanks,
 * an empty text becomes {@code null}, and an id is a JSON integer or a string of digits.
 *
 * <p>
 * Problems with the shape of the body are collected rather than thrown, so one answer
 * names every faulty field; fields that no accessor asked for, other than the resource's
 * read-only ones, are reported as unknown. {@link RequestValidator} adds the value rules
 * and throws.
 */
public final class JsonBody {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final JsonNode body;

	private final List<String> path;

	private final boolean creating;

	private final Set<String> readOnly;

	private final Set<String> read = new HashSet<>();

	private final List<FieldIssue> issues = new ArrayList<>();

	private final List<JsonBody> nested = new ArrayList<>();

	private JsonBody(JsonNode body, List<String> path, boolean creating, Set<String> readOnly) {
		this.body = body;
		this.path = path;
		this.creating = creating;
		this.readOnly = readOnly;
		if (body == null || !body.isObject()) {
			this.issues.add(FieldIssue.of("body", "must be a JSON object"));
		}
	}

	/**
	 * A body that creates a record: a field left out reads as sent with {@code null}.
	 */
	public static JsonBody forCreate(JsonNode body, Set<String> readOnly) {
		return new JsonBody(body, List.of(), true, readOnly);
	}

	/**
	 * A body that edits a record: a field left out reads as {@linkplain Sent#absent()
	 * absent}.
	 */
	public static JsonBody forEdit(JsonNode body, Set<String> readOnly) {
		return new JsonBody(body, List.of(), false, readOnly);
	}

	/**
	 * A text field: a JSON string, stripped; blank becomes {@code null}.
	 */
	public Sent<String> text(String field) {
		JsonNode node = field(field);
		if (node == null || node.isNull()) {
			return missing(node);
		}
		if (!node.isString()) {
			return refuse(field, "must be a string");
		}
		String text = trim(node.stringValue());
		return Sent.of(text.isEmpty() ? null : text);
	}

	/**
	 * An id field: a JSON integer or a string of digits. Range rules (positive) are the
	 * form's.
	 */
	public Sent<Long> id(String field) {
		JsonNode node = field(field);
		if (node == null || node.isNull()) {
			return missing(node);
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? Sent.of(node.longValue()) : refuse(field, "is too large");
		}
		if (node.isString() && DIGITS.matcher(node.stringValue()).matches()) {
			OptionalLong value = PathIds.valueOf(node.stringValue());
			return value.isPresent() ? Sent.of(value.getAsLong()) : refuse(field, "is too large");
		}
		return refuse(field, "must be an integer or a string of digits");
	}

	/**
	 * A whole-number field given as a JSON integer.
	 */
	public Sent<Integer> integer(String field) {
		JsonNode node = field(field);
		if (node == null || node.isNull()) {
			return missing(node);
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			return refuse(field, "must be an integer");
		}
		return Sent.of(node.intValue());
	}

	/**
	 * A field whose value is one of an enum's constant names, matched exactly.
	 */
	public <E extends Enum<E>> Sent<E> choice(String field, Class<E> type) {
		Sent<String> text = text(field);
		if (text.value() == null) {
			return text.present() ? Sent.of(null) : Sent.absent();
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text.value())) {
				return Sent.of(constant);
			}
		}
		List<String> names = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			names.add(constant.name());
		}
		return refuse(field, "must be one of " + String.join(", ", names));
	}

	/**
	 * A nested JSON object, read with the same rules; {@code null} when the field is
	 * absent or null. Issues found inside it carry this field's name first in their path
	 * and are reported with this body's own.
	 */
	public JsonBody object(String field, Set<String> nestedReadOnly) {
		JsonNode node = field(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			refuse(field, "must be a JSON object");
			return null;
		}
		JsonBody object = new JsonBody(node, pathTo(field), this.creating, nestedReadOnly);
		this.nested.add(object);
		return object;
	}

	/**
	 * Records a problem with a field that only the fields together reveal (two fields
	 * that exclude each other, say).
	 */
	public void reject(String field, String message) {
		refuse(field, message);
	}

	/**
	 * The problems found so far, unknown fields and those of nested objects included.
	 */
	public List<FieldIssue> issues() {
		List<FieldIssue> all = new ArrayList<>(this.issues);
		if (this.body != null && this.body.isObject()) {
			for (String name : this.body.propertyNames()) {
				if (!this.read.contains(name) && !this.readOnly.contains(name)) {
					all.add(new FieldIssue(pathTo(name), "is not a known field"));
				}
			}
		}
		for (JsonBody object : this.nested) {
			all.addAll(object.issues());
		}
		return all;
	}

	/**
	 * Whether the body was a JSON object at all.
	 */
	public boolean isObject() {
		return this.body != null && this.body.isObject();
	}

	private JsonNode field(String field) {
		this.read.add(field);
		return isObject() ? this.body.get(field) : null;
	}

	/**
	 * A field left out or sent as {@code null}. A body that is not an object at all has
	 * no fields, not even missing ones, so that its one issue is the body itself.
	 */
	private <T> Sent<T> missing(JsonNode node) {
		boolean sent = node != null || (this.creating && isObject());
		return sent ? Sent.of(null) : Sent.absent();
	}

	private <T> Sent<T> refuse(String field, String message) {
		this.issues.add(new FieldIssue(pathTo(field), message));
		return Sent.absent();
	}

	/**
	 * The text without blanks at either end: ASCII white space and every Unicode space
	 * separator, no-break spaces included, which {@link String#strip()} leaves. A loop
	 * rather than a regular expression, whose backtracking over long inner runs of blanks
	 * would take time growing with the square of their length.
	 */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/**
	 * Where a field of this body stands in the request, for nested objects.
	 */
	public List<String> pathTo(String field) {
		List<String> fieldPath = new ArrayList<>(this.path);
		fieldPath.add(field);
		return List.copyOf(fieldPath);
	}

}
