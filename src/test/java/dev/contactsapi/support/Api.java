package dev.contactsapi.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/**
	 * A client for the server whose {@code local.server.port} this environment holds: the
	 * test's own, or a second instance a test starts.
	 */
	public Api(Environment environment) {
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
	 * Parses JSON text, for comparing a body with an expected one.
	 */
	public static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/**
	 * Sends a request exactly as written, bytes and all, over a plain socket: for request
	 * lines that {@link HttpClient} refuses to send (a malformed escape in the path,
	 * say). The request should ask for {@code Connection: close}.
	 */
	public Reply raw(String request) {
		try (Socket socket = new Socket("localhost", port())) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return RawResponse.read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Raw request failed", ex);
		}
	}

	/**
	 * The server's OpenAPI document, fetched on first use; every reply is checked against
	 * it.
	 */
	public synchronized OpenApiContract contract() {
		if (this.contract == null) {
			this.contract = OpenApiContract
				.of(anonymous().exchange("GET", "/openapi.json", HttpRequest.BodyPublishers.noBody(), null).text());
		}
		return this.contract;
	}

	private int port() {
		return Integer.parseInt(this.environment.getRequiredProperty("local.server.port"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port() + path);
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
			return checked(method, path, exchange(method, path,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody(),
					contentType));
		}

		/**
		 * A JSON body sent with chunked transfer encoding, so that the server learns its
		 * size only by reading it.
		 */
		public Reply postChunked(String path, String json) {
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			return checked("POST", path,
					exchange("POST", path,
							HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
							"application/json"));
		}

		private Reply checked(String method, String path, Reply reply) {
			List<String> problems = contract().problems(method, path, reply.status(), reply.header("Content-Type"),
					reply.text());
			if (!problems.isEmpty()) {
				throw new AssertionError("The response does not match /openapi.json:\n" + String.join("\n", problems)
						+ "\nBody: " + reply.text());
			}
			return reply;
		}

		private Reply exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body);
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

	/**
	 * Reads an HTTP/1.1 response off a socket, for {@link Api#raw(String)}.
	 */
	private static final class RawResponse {

		private RawResponse() {
		}

		static Reply read(InputStream in) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.computeIfAbsent(header.substring(0, colon).strip(), (name) -> new ArrayList<>())
					.add(header.substring(colon + 1).strip());
			}
			java.net.http.HttpHeaders httpHeaders = java.net.http.HttpHeaders.of(headers, (name, value) -> true);
			boolean chunked = httpHeaders.firstValue("Transfer-Encoding")
				.map((value) -> value.toLowerCase(Locale.ROOT).contains("chunked"))
				.orElse(false);
			byte[] body = chunked ? chunks(in) : in.readAllBytes();
			return new Reply(status, httpHeaders, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] chunks(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int size = Integer.parseInt(line(in).strip(), 16);
			while (size > 0) {
				body.write(in.readNBytes(size));
				line(in);
				size = Integer.parseInt(line(in).strip(), 16);
			}
			return body.toByteArray();
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int next = in.read(); next != -1 && next != '\n'; next = in.read()) {
				if (next != '\r') {
					line.write(next);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}

	}

}
