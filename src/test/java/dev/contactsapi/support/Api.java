package dev.contactsapi.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * A plain HTTP client for the server under test, sending exactly the bytes and headers a
 * test gives it (malformed JSON, odd content types, no key at all).
 */
@TestComponent
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Environment environment;

	private OpenApiContract contract;

	Api(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Requests made with this key.
	 */
	public Call as(String key) {
		return new Call(key, List.of());
	}

	/**
	 * Requests made without any key.
	 */
	public Call anonymous() {
		return new Call(null, List.of());
	}

	/**
	 * JSON text of a value, for building bodies.
	 */
	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * The server's OpenAPI document, fetched on first use; every reply is checked against
	 * it.
	 */
	public synchronized OpenApiContract contract() {
		if (this.contract == null) {
			this.contract = OpenApiContract.of(anonymous().fetch("GET", "/openapi.json", null, null).text());
		}
		return this.contract;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + path);
	}

	/**
	 * A request being built: who sends it and with which extra headers.
	 */
	public final class Call {

		private final String key;

		private final List<String> headers;

		private Call(String key, List<String> headers) {
			this.key = key;
			this.headers = headers;
		}

		public Call header(String name, String value) {
			List<String> more = new ArrayList<>(this.headers);
			more.add(name);
			more.add(value);
			return new Call(this.key, List.copyOf(more));
		}

		public Reply get(String path) {
			return send("GET", path, null, null);
		}

		public Reply delete(String path) {
			return send("DELETE", path, null, null);
		}

		public Reply post(String path, String json) {
			return send("POST", path, json, "application/json");
		}

		public Reply put(String path, String json) {
			return send("PUT", path, json, "application/json");
		}

		/**
		 * Any request; {@code contentType} is sent only when not {@code null}. The reply
		 * must be what the OpenAPI document promises, or the test fails.
		 */
		public Reply send(String method, String path, String body, String contentType) {
			Reply reply = fetch(method, path, body, contentType);
			List<String> problems = contract().problems(method, path, reply.status(), reply.header("Content-Type"),
					reply.text());
			if (!problems.isEmpty()) {
				throw new AssertionError("The response does not match /openapi.json:\n" + String.join("\n", problems)
						+ "\nBody: " + reply.text());
			}
			return reply;
		}

		private Reply fetch(String method, String path, String body, String contentType) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
						: HttpRequest.BodyPublishers.noBody());
			if (this.key != null) {
				request.header("Authorization", "Bearer " + this.key);
			}
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			for (int i = 0; i < this.headers.size(); i += 2) {
				request.header(this.headers.get(i), this.headers.get(i + 1));
			}
			try {
				HttpResponse<String> response = Api.this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString());
				return new Reply(response.statusCode(), response.headers(), response.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException("Request failed: " + method + " " + path, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted: " + method + " " + path, ex);
			}
		}

	}

	/**
	 * A response: its status, headers and body, the body parsed as JSON on demand.
	 *
	 * @param status the HTTP status
	 * @param headers the response headers
	 * @param text the body as sent
	 */
	public record Reply(int status, java.net.http.HttpHeaders headers, String text) {

		/**
		 * The body as JSON; fails the test if it is not JSON.
		 */
		public JsonNode json() {
			return JSON.readTree(this.text);
		}

		/**
		 * The body's node at a JSON pointer, such as {@code /data/firstName}.
		 */
		public JsonNode at(String pointer) {
			return json().at(pointer);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
