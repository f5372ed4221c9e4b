package dev.contactsapi.security;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Takes the key from {@code Authorization: Bearer <key>}. The scheme is matched in any
 * case and blanks around the header's parts are ignored. No header means no
 * authentication attempt (the request is then refused as anonymous); a header of any
 * other shape, or more than one such header, is a bad credential. From an address that
 * has sent too many bad keys, no key is looked at (see {@link AddressThrottle}).
 */
final class BearerKeyConverter implements AuthenticationConverter {

	private static final String SCHEME = "Bearer";

	private final AddressThrottle throttle;

	BearerKeyConverter(AddressThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public ApiKeyAuthentication convert(HttpServletRequest request) {
		List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
		if (headers.isEmpty()) {
			return null;
		}
		Optional<Duration> wait = this.throttle.blockedFor(request.getRemoteAddr());
		if (wait.isPresent()) {
			throw new AddressThrottled(wait.get());
		}
		if (headers.size() > 1) {
			throw new BadCredentialsException("More than one Authorization header");
		}
		String value = headers.get(0).strip();
		if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| !Character.isWhitespace(value.charAt(SCHEME.length()))) {
			throw new BadCredentialsException("Not a bearer credential");
		}
		return ApiKeyAuthentication.unverified(value.substring(SCHEME.length()).strip());
	}

}
