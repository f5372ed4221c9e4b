package dev.contactsapi.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code OPTIONS} requests that are not CORS preflights (those are answered by
 * the security chain's CORS filter, before this one) with 405 in the contract's body:
 * Spring MVC would answer them 200 with an empty body, and the contract wants a JSON body
 * on every response. The API's methods are in its OpenAPI document.
 */
class OptionsFilter extends OncePerRequestFilter {

	private final ErrorResponseWriter errors;

	OptionsFilter(ErrorResponseWriter errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.OPTIONS.matches(request.getMethod()) && !CorsUtils.isPreFlightRequest(request)) {
			this.errors.write(response, ErrorBody.of(ErrorCode.METHOD_NOT_ALLOWED,
					"Method OPTIONS is not allowed here; the API's routes are described at /openapi.json"));
			return;
		}
		chain.doFilter(request, response);
	}

}
