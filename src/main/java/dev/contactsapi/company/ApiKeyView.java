package dev.contactsapi.company;

import java.time.Instant;

/**
 * A key as its company's owners see it: never its secret or hash.
 *
 * @param id the key's id, for revoking it
 * @param name the label given at creation
 * @param role {@code viewer}, {@code employee}, {@code editor} or {@code owner}
 * @param prefix the first 12 characters of the secret, enough to recognise it
 * @param createdAt when it was created
 * @param lastUsedAt when it last authenticated a request, to the minute; {@code null} if
 * never
 * @param revokedAt when it was revoked; {@code null} while it is valid
 */
record ApiKeyView(long id, String name, String role, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	static ApiKeyView of(ApiKeyStore.KeyRecord key) {
		return new ApiKeyView(key.id(), key.name(), key.role().wireName(), key.prefix(), key.createdAt(),
				key.lastUsedAt(), key.revokedAt());
	}

}
