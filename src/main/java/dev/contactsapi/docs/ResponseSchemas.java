package dev.contactsapi.docs;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * How our JSON is written, told to the schemas: every field of a response is always
 * present ({@code null} when it has no value), so each is required; and every field whose
 * Java type can hold {@code null} is nullable, except lists, which are never {@code null}
 * but empty.
 */
final class ResponseSchemas {

	private static final String REF_PREFIX = "#/components/schemas/";

	private ResponseSchemas() {
	}

	/**
	 * A value property as the schema should show it: nullable unless its Java type is a
	 * primitive. Lists are never {@code null} but empty. Record-valued properties are
	 * nullable only when marked {@code @Schema(nullable = true)} (see
	 * {@link #nullableReferences}). A property whose {@code @Schema} names its
	 * {@code types} keeps exactly those: that is how a request field that refuses
	 * {@code null} says so.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullableValues(Schema property, AnnotatedType type) {
		JavaType javaType = TypeFactory.defaultInstance().constructType(type.getType());
		if (property == null || javaType.isPrimitive() || javaType.isContainerType()
				|| annotation(type, JsonUnwrapped.class) != null || namesItsTypes(type) || property.get$ref() != null
				|| property.getProperties() != null || property.getTypes() == null
				|| property.getTypes().contains("object") || property.getTypes().contains("null")) {
			return property;
		}
		Set<String> types = new LinkedHashSet<>(property.getTypes());
		types.add("null");
		property.setTypes(types);
		if (property.getEnum() != null) {
			property.addEnumItemObject(null);
		}
		return property;
	}

	/**
	 * Rewrites the references marked nullable as "that record or null": swagger-core puts
	 * {@code type: null} beside the {@code $ref}, which JSON Schema reads as "both".
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void nullableReferences(OpenAPI document) {
		for (Schema schema : document.getComponents().getSchemas().values()) {
			if (schema.getProperties() == null) {
				continue;
			}
			Map<String, Schema> properties = schema.getProperties();
			properties.replaceAll((name, property) -> {
				if (property.get$ref() == null || property.getTypes() == null
						|| !property.getTypes().contains("null")) {
					return property;
				}
				return new JsonSchema()
					.anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))))
					.description(property.getDescription());
			});
		}
	}

	private static boolean namesItsTypes(AnnotatedType type) {
		io.swagger.v3.oas.annotations.media.Schema schema = annotation(type,
				io.swagger.v3.oas.annotations.media.Schema.class);
		return schema != null && schema.types().length > 0;
	}

	private static <A extends Annotation> A annotation(AnnotatedType type, Class<A> kind) {
		if (type.getCtxAnnotations() == null) {
			return null;
		}
		for (Annotation annotation : type.getCtxAnnotations()) {
			if (kind.isInstance(annotation)) {
				return kind.cast(annotation);
			}
		}
		return null;
	}

	/**
	 * Marks every field of every schema a response can contain as required.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void requireEveryField(OpenAPI document) {
		Map<String, Schema> components = document.getComponents().getSchemas();
		Deque<Schema> pending = new ArrayDeque<>();
		document.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> operation.getResponses()
					.values()
					.stream()
					.filter((response) -> response.getContent() != null)
					.flatMap((response) -> response.getContent().values().stream())
					.forEach((content) -> push(pending, content.getSchema()))));
		Set<String> seen = new HashSet<>();
		while (!pending.isEmpty()) {
			Schema schema = pending.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(REF_PREFIX.length());
				if (seen.add(name) && components.containsKey(name)) {
					pending.push(components.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				schema.getProperties().values().forEach((property) -> push(pending, (Schema) property));
			}
			push(pending, schema.getItems());
			if (schema.getAnyOf() != null) {
				schema.getAnyOf().forEach((option) -> push(pending, (Schema) option));
			}
		}
	}

	@SuppressWarnings("rawtypes")
	private static void push(Deque<Schema> pending, Schema schema) {
		if (schema != null) {
			pending.push(schema);
		}
	}

}
