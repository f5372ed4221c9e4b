package dev.contactsapi.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A bearer key on its way through authentication: first with only the secret, then, once
 * verified, with the {@link Caller} it stands for and the caller's role as authority.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final transient String secret;

	private final Caller caller;

	private ApiKeyAuthentication(String secret, Caller caller) {
		super((caller != null) ? List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())) : List.of());
		this.secret = secret;
		this.caller = caller;
		setAuthenticated(caller != null);
	}

	static ApiKeyAuthentication unverified(String secret) {
		return new ApiKeyAuthentication(secret, null);
	}

	static ApiKeyAuthentication verified(Caller caller) {
		return new ApiKeyAuthentication(null, caller);
	}

	String secret() {
		return this.secret;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public String getName() {
		return (this.caller != null) ? "key " + this.caller.keyId() : "unverified key";
	}

}
