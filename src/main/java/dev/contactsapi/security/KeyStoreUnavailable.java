package dev.contactsapi.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The database that holds the keys could not be asked about one: the server cannot tell
 * whether the key is good, and says so with 503 rather than a 401 that would blame the
 * key.
 */
final class KeyStoreUnavailable extends AuthenticationServiceException {

	KeyStoreUnavailable(Throwable cause) {
		super("The API keys cannot be checked: the database is unavailable", cause);
	}

}
