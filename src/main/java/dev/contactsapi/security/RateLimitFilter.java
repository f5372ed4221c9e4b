package dev.contactsapi.security;

import java.io.IOException;
import java.time.Clock;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.contactsapi.web.ErrorBody;
import dev.contactsapi.web.ErrorCode;
import dev.contactsapi.web.ErrorResponseWriter;

/**
 * Applies the key's rate limit to every authenticated request, right after
 * authentication: takes one token from the key's bucket, tells the client where it stands
 * in {@code X-RateLimit-*} headers, and answers 429 with {@code Retry-After} when the
 * bucket is empty.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	static final String LIMIT = "X-RateLimit-Limit";

	static final String REMAINING = "X-RateLimit-Remaining";

	static final String RESET = "X-RateLimit-Reset";

	private static final Logger logger = LoggerFactory.getLogger(RateLimitFilter.class);

	private final KeyBuckets buckets;

	private final RateLimitProperties limits;

	private final ErrorResponseWriter errors;

	private final Clock clock;

	RateLimitFilter(KeyBuckets buckets, RateLimitProperties limits, ErrorResponseWriter errors, Clock clock) {
		this.buckets = buckets;
		this.limits = limits;
		this.errors = errors;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!this.limits.enabled() || authentication == null
				|| !(authentication.getPrincipal() instanceof Caller caller)) {
			chain.doFilter(request, response);
			return;
		}
		VerboseResult<ConsumptionProbe> result;
		try {
			result = this.buckets.forKey(caller.keyId()).asVerbose().tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			logger.warn("Rate-limit store unavailable: {}", ex.getMessage());
			this.errors.write(response,
					ErrorBody.of(ErrorCode.UNAVAILABLE, "The database is unavailable; try again shortly"));
			return;
		}
		ConsumptionProbe probe = result.getValue();
		long windowRemaining = result.getDiagnostics().getAvailableTokensPerEachBandwidth()[0];
		response.setHeader(LIMIT, Long.toString(this.limits.perMinute()));
		response.setHeader(REMAINING, Long.toString(Math.max(0, windowRemaining)));
		response.setHeader(RESET, Long.toString(secondsFromEpoch(probe.getNanosToWaitForReset())));
		if (!probe.isConsumed()) {
			long wait = wholeSeconds(probe.getNanosToWaitForRefill());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			this.errors.write(response, ErrorBody.of(ErrorCode.RATE_LIMIT_EXCEEDED,
					"Rate limit exceeded for this API key; retry in " + wait + " s"));
			return;
		}
		chain.doFilter(request, response);
	}

	private long secondsFromEpoch(long nanosFromNow) {
		long millis = this.clock.millis() + roundUp(nanosFromNow, 1_000_000L);
		return roundUp(millis, 1000L);
	}

	/**
	 * A wait in whole seconds, rounded up and at least one, as {@code Retry-After} takes.
	 */
	static long wholeSeconds(long nanos) {
		return Math.max(1, roundUp(nanos, 1_000_000_000L));
	}

	private static long roundUp(long value, long unit) {
		return -Math.floorDiv(-value, unit);
	}

}
