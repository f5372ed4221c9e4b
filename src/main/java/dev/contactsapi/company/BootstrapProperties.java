package dev.contactsapi.company;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API keys that every instance makes sure exist at startup; how operators and test
 * harnesses provision keys. Set as {@code contacts.bootstrap.keys[0].company},
 * {@code .role} and {@code .key} (or {@code CONTACTS_BOOTSTRAP_KEYS_0_COMPANY}, ...).
 *
 * @param keys the keys to provision
 * @param demo whether to create a Demo company with an owner key when the database holds
 * no key
 */
@ConfigurationProperties("contacts.bootstrap")
public record BootstrapProperties(@DefaultValue List<Key> keys, @DefaultValue("true") boolean demo) {

	/**
	 * @param company the company's name; the company is created if missing
	 * @param role {@code viewer}, {@code employee}, {@code editor} or {@code owner}
	 * @param key the secret, {@code glnc_sk_} and at least 32 URL-safe characters
	 * @param name a label for listings; defaults to "bootstrap"
	 */
	public record Key(String company, String role, String key, @DefaultValue("bootstrap") String name) {
	}

}
