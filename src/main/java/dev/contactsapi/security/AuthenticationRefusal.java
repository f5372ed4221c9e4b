package dev.contactsapi.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.ErrorResponseWriter;

/**
 * Answers a request without a valid key: 401, or 429 once its address has made too many
 * such requests (see {@link AddressThrottle}). The answer never repeats the key or says
 * why it was refused.
 */
final class AuthenticationRefusal implements AuthenticationEntryPoint, AuthenticationFailureHandler {

	static final String INVALID_KEY_MESSAGE = "Invalid or missing API key";

	private static final Logger logger = LoggerFactory.getLogger(AuthenticationRefusal.class);

	private final AddressThrottle throttle;

	private final ErrorResponseWriter errors;

	AuthenticationRefusal(AddressThrottle throttle, ErrorResponseWriter errors) {
		this.throttle = throttle;
		this.errors = errors;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		refuse(request, response, failure);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		refuse(request, response, failure);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof KeyStoreUnavailable) {
			logger.warn("Refused a request: {}", failure.getMessage());
			this.errors.write(response,
					ErrorBody.of(ErrorCode.UNAVAILABLE, "The database is unavailable; try again shortly"));
			return;
		}
		Optional<Duration> wait = (failure instanceof AddressThrottled throttled) ? Optional.of(throttled.waitTime())
				: this.throttle.recordFailure(request.getRemoteAddr());
		if (wait.isPresent()) {
			long seconds = RateLimitFilter.wholeSeconds(wait.get().toNanos());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			this.errors.write(response, ErrorBody.of(ErrorCode.RATE_LIMIT_EXCEEDED,
					"Too many requests without a valid API key; retry in " + seconds + " s"));
			return;
		}
		this.errors.write(response,
				ErrorBody.of(HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.NO_ACCESS, INVALID_KEY_MESSAGE, List.of()));
	}

}
