package dev.contactsapi.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Settles the {@code Content-Type} before Spring MVC parses it. A request that may carry
 * a body ({@code POST}, {@code PUT}, {@code PATCH}) with a type that is not a concrete
 * media type ({@code *}{@code /*}, {@code text/*}, garbage) is answered 415 here, since
 * Spring would fail on it with an internal error. Other requests have no body to read, so
 * their type is dropped, as the contract says it is ignored.
 */
class ContentTypeFilter extends OncePerRequestFilter {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final ErrorResponseWriter errors;

	ContentTypeFilter(ErrorResponseWriter errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType == null) {
			chain.doFilter(request, response);
		}
		else if (!WITH_BODY.contains(request.getMethod())) {
			chain.doFilter(new WithoutContentType(request), response);
		}
		else if (!isConcrete(contentType)) {
			this.errors.write(response,
					ErrorBody.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json"));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static boolean isConcrete(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static final class WithoutContentType extends HttpServletRequestWrapper {

		WithoutContentType(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter((header) -> !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(header))
				.toList());
		}

	}

}
