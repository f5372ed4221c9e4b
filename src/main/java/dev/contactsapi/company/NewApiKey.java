package dev.contactsapi.company;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A key just created: what the list shows, and the secret itself, which is shown this
 * once and never again.
 *
 * @param view the key as listed
 * @param key the secret, for the {@code Authorization: Bearer} header
 */
record NewApiKey(@JsonUnwrapped ApiKeyView view, String key) {
}
