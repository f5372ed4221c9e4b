/**
 * Companies, the tenants of the server, and the API keys through which they call it:
 * roles, key hashing, provisioning at startup, key management by owners, and the
 * per-company visibleId sequences.
 */
package dev.contactsapi.company;
