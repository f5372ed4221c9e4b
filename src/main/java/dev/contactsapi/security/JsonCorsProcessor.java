package dev.contactsapi.security;

import java.io.IOException;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.ErrorResponseWriter;

/**
 * Spring's CORS checks, refusing a cross-origin request from an origin not allowed with
 * the contract's 403 body rather than plain text.
 */
final class JsonCorsProcessor extends DefaultCorsProcessor {

	private final ErrorResponseWriter errors;

	JsonCorsProcessor(ErrorResponseWriter errors) {
		this.errors = errors;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		ServletServerHttpResponse servlet = (ServletServerHttpResponse) response;
		this.errors.write(servlet.getServletResponse(),
				ErrorBody.of(ErrorCode.NO_ACCESS, "Cross-origin requests from this origin are not allowed"));
		response.flush();
	}

}
