package dev.contactsapi.security;

import dev.contactsapi.company.Role;

/**
 * Who made the request: the key used, and through it the company whose records the
 * request may see and the role it acts with. Controllers take it with
 * {@code @AuthenticationPrincipal}.
 *
 * @param keyId the API key's id
 * @param companyId the company every query of the request is scoped to
 * @param role what the key may do
 */
public record Caller(long keyId, long companyId, Role role) {
}
