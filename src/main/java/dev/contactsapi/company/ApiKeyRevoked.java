package dev.contactsapi.company;

/**
 * Published once a key's revocation has committed, so that whatever remembers the key on
 * this instance forgets it at once. Other instances forget it when their own memory of it
 * expires.
 *
 * @param keyId the revoked key's id
 */
public record ApiKeyRevoked(long keyId) {
}
