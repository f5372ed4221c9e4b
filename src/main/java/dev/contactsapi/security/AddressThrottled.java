package dev.contactsapi.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A request refused before its key is looked at, because its address has spent its
 * allowance of requests without a valid key.
 */
final class AddressThrottled extends AuthenticationException {

	private final transient Duration wait;

	AddressThrottled(Duration wait) {
		super("Too many requests without a valid API key from this address");
		this.wait = wait;
	}

	Duration waitTime() {
		return this.wait;
	}

}
