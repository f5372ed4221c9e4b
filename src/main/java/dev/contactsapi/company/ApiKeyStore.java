package dev.contactsapi.company;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies and their API keys as stored: keys by hash only, never in clear.
 */
@Repository
public class ApiKeyStore {

	private final JdbcClient jdbc;

	ApiKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unrevoked key whose secret has this hash, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredKey> findActive(String keyHash) {
		return this.jdbc.sql("""
				select id, company_id, role from api_keys
				where key_hash = :hash and revoked_at is null""")
			.param("hash", keyHash)
			.query((row, number) -> new StoredKey(row.getLong("id"), row.getLong("company_id"),
					Role.fromName(row.getString("role"))))
			.optional();
	}

	/**
	 * The company with this name, created if missing. Safe when several instances call it
	 * at once.
	 */
	@Transactional
	public long ensureCompany(String name) {
		this.jdbc.sql("insert into companies (name) values (:name) on conflict (name) do nothing")
			.param("name", name)
			.update();
		return this.jdbc.sql("select id from companies where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	/**
	 * Stores the key for the company unless a key with the same secret exists already.
	 * @return whether the key was added
	 */
	@Transactional
	public boolean addKeyIfMissing(long companyId, String name, Role role, String secret) {
		return this.jdbc.sql("""
				insert into api_keys (company_id, name, role, key_hash, prefix)
				values (:company, :name, :role, :hash, :prefix)
				on conflict (key_hash) do nothing""")
			.param("company", companyId)
			.param("name", name)
			.param("role", role.wireName())
			.param("hash", ApiKeySecret.hash(secret))
			.param("prefix", ApiKeySecret.visiblePrefix(secret))
			.update() == 1;
	}

	/**
	 * Whether any key exists at all, revoked or not.
	 */
	@Transactional(readOnly = true)
	public boolean anyKeyExists() {
		return this.jdbc.sql("select exists (select 1 from api_keys)").query(Boolean.class).single();
	}

	/**
	 * A key found by its secret.
	 *
	 * @param id the key's id
	 * @param companyId the company it belongs to
	 * @param role what it may do
	 */
	public record StoredKey(long id, long companyId, Role role) {
	}

}
