package dev.contactsapi.support;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on the contract's error body, which every error response must have whatever
 * produced it.
 */
public final class ContractErrors {

	private ContractErrors() {
	}

	/**
	 * Asserts the reply is an error with this status and code, in the contract's shape:
	 * {@code success} false, the status twice, one message twice, and an issues array.
	 */
	public static void assertError(Api.Reply reply, int status, String code) {
		assertThat(reply.status()).as(reply.text()).isEqualTo(status);
		assertThat(reply.header("Content-Type")).as("Content-Type").startsWith("application/json");
		JsonNode body = reply.json();
		assertThat(body.path("success").isBoolean()).as(reply.text()).isTrue();
		assertThat(body.path("success").asBoolean()).isFalse();
		assertThat(body.path("statusCode").asInt()).isEqualTo(status);
		assertThat(body.path("message").isString()).as(reply.text()).isTrue();
		assertThat(body.path("message").asString()).isNotBlank();
		assertThat(body.path("error").path("status").asInt()).isEqualTo(status);
		assertThat(body.path("error").path("code").asString()).isEqualTo(code);
		assertThat(body.path("error").path("message").asString()).isEqualTo(body.path("message").asString());
		assertThat(body.path("error").path("issues").isArray()).as(reply.text()).isTrue();
	}

	/**
	 * Asserts a 400 {@code INVALID_FIELD} whose issues name exactly these fields (paths
	 * joined with dots), each also named in the message.
	 */
	public static void assertInvalid(Api.Reply reply, String... fields) {
		assertError(reply, 400, "INVALID_FIELD");
		assertThat(issueFields(reply)).as(reply.text()).containsExactlyInAnyOrder(fields);
		for (String field : fields) {
			assertThat(reply.at("/message").asString()).contains(field + ": ");
		}
	}

	/**
	 * The fields named by the issues of an error body, paths joined with dots.
	 */
	public static List<String> issueFields(Api.Reply reply) {
		List<String> fields = new ArrayList<>();
		for (JsonNode issue : reply.at("/error/issues")) {
			List<String> path = new ArrayList<>();
			issue.path("path").forEach((part) -> path.add(part.asString()));
			fields.add(String.join(".", path));
		}
		return fields;
	}

}
