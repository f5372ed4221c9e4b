package dev.contactsapi.security;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.ApiKeyStore;

/**
 * Verifies a bearer key against the stored hashes. Answers are cached for a few seconds,
 * keyed by the key's hash, so that a busy client costs one lookup per interval, and a
 * revoked key is refused everywhere within that interval.
 */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	static final Duration CACHE_TIME = Duration.ofSeconds(5);

	private final ApiKeyStore keys;

	private final Cache<String, Optional<Caller>> recent = Caffeine.newBuilder()
		.expireAfterWrite(CACHE_TIME)
		.maximumSize(100_000)
		.build();

	ApiKeyAuthenticationProvider(ApiKeyStore keys) {
		this.keys = keys;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = ((ApiKeyAuthentication) authentication).secret();
		if (!ApiKeySecret.isWellFormed(secret)) {
			throw new BadCredentialsException("Malformed API key");
		}
		Caller caller = this.recent.get(ApiKeySecret.hash(secret), this::lookUp)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API key"));
		return ApiKeyAuthentication.verified(caller);
	}

	private Optional<Caller> lookUp(String keyHash) {
		return this.keys.findActive(keyHash).map((key) -> new Caller(key.id(), key.companyId(), key.role()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiKeyAuthentication.class.isAssignableFrom(authentication);
	}

}
