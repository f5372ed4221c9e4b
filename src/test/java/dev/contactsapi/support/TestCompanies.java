package dev.contactsapi.support;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.contactsapi.company.ApiKeySecret;
import dev.contactsapi.company.ApiKeyStore;
import dev.contactsapi.company.Role;

/**
 * Makes a fresh company with one key per role, through the same store the server
 * provisions keys with. A test that works in its own company sees no other test's
 * records.
 */
@TestComponent
public class TestCompanies {

	private final ApiKeyStore keys;

	TestCompanies(ApiKeyStore keys) {
		this.keys = keys;
	}

	public TestCompany create() {
		String name = "Test company " + UUID.randomUUID();
		long id = this.keys.ensureCompany(name);
		Map<Role, String> secrets = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			String secret = ApiKeySecret.generate();
			this.keys.addKeyIfMissing(id, role.wireName() + " key", role, secret);
			secrets.put(role, secret);
		}
		return new TestCompany(id, name, secrets);
	}

	/**
	 * @param id the company's id
	 * @param name the company's name
	 * @param keys a key of each role
	 */
	public record TestCompany(long id, String name, Map<Role, String> keys) {

		public String key(Role role) {
			return this.keys.get(role);
		}

		/** The owner's key, which may do everything. */
		public String ownerKey() {
			return key(Role.OWNER);
		}

	}

}
