package dev.contactsapi.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes the contract's error body straight to a servlet response, for the places that
 * answer before Spring MVC does: authentication, rate limiting, body size and the error
 * page.
 */
@Component
public class ErrorResponseWriter {

	private final JsonMapper json;

	public ErrorResponseWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ErrorBody body) throws IOException {
		response.setStatus(body.statusCode());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

	public void write(HttpServletResponse response, ApiException failure) throws IOException {
		write(response, ErrorBody.of(failure));
	}

}
