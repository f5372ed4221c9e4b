package dev.contactsapi.security;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.contactsapi.company.ApiKeyRevoked;
import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.ApiKeyStore;
import dev.contactsapi.company.KeyUsage;

/**
 * Verifies a bearer key against the stored hashes. Answers are cached for a few seconds,
 * keyed by the key's hash, so that a busy client costs one lookup per interval, and a
 * revoked key is refused everywhere within that interval, and at once on the instance
 * that revoked it.
 */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

	static final Duration CACHE_TIME = Duration.ofSeconds(5);

	private final ApiKeyStore keys;

	private final KeyUsage usage;

	private final Cache<String, Optional<Caller>> recent = Caffeine.newBuilder()
		.expireAfterWrite(CACHE_TIME)
		.maximumSize(100_000)
		.build();

	ApiKeyAuthenticationProvider(ApiKeyStore keys, KeyUsage usage) {
		this.keys = keys;
		this.usage = usage;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String secret = ((ApiKeyAuthentication) authentication).secret();
		if (!ApiKeySecret.isWellFormed(secret)) {
			throw new BadCredentialsException("Malformed API key");
		}
		Caller caller = this.recent.get(ApiKeySecret.hash(secret), this::lookUp)
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API key"));
		this.usage.recordUse(caller.keyId());
		return ApiKeyAuthentication.verified(caller);
	}

	/**
	 * Forgets a revoked key once its revocation has committed, so that this instance
	 * refuses it from the next request on.
	 */
	@TransactionalEventListener
	void forget(ApiKeyRevoked revoked) {
		this.recent.asMap()
			.values()
			.removeIf((caller) -> caller.isPresent() && caller.get().keyId() == revoked.keyId());
	}

	/**
	 * The key's caller, or empty when no unrevoked key has this hash.
	 * @throws KeyStoreUnavailable when the database cannot be asked
	 */
	private Optional<Caller> lookUp(String keyHash) {
		try {
			return this.keys.findActive(keyHash).map((key) -> new Caller(key.id(), key.companyId(), key.role()));
		}
		catch (DataAccessException | TransactionException ex) {
			// No connection to be had surfaces as the transaction failing to begin.
			throw new KeyStoreUnavailable(ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiKeyAuthentication.class.isAssignableFrom(authentication);
	}

}
