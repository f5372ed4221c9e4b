package dev.contactsapi.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
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
	 * The company's keys, revoked ones included, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<KeyRecord> list(long companyId) {
		return this.jdbc.sql("select " + RECORD_COLUMNS + " from api_keys where company_id = :company order by id")
			.param("company", companyId)
			.query(ApiKeyStore::keyRecord)
			.list();
	}

	/**
	 * The company's key with this id; empty when the company has none such, whoever else
	 * may have it.
	 */
	@Transactional(readOnly = true)
	public Optional<KeyRecord> find(long companyId, long id) {
		return this.jdbc.sql("select " + RECORD_COLUMNS + " from api_keys where company_id = :company and id = :id")
			.param("company", companyId)
			.param("id", id)
			.query(ApiKeyStore::keyRecord)
			.optional();
	}

	/**
	 * Stores a new key for the company.
	 * @return the key as stored
	 */
	@Transactional
	public KeyRecord add(long companyId, String name, Role role, String secret) {
		return this.jdbc
			.sql("insert into api_keys (company_id, name, role, key_hash, prefix)"
					+ " values (:company, :name, :role, :hash, :prefix) returning " + RECORD_COLUMNS)
			.param("company", companyId)
			.param("name", name)
			.param("role", role.wireName())
			.param("hash", ApiKeySecret.hash(secret))
			.param("prefix", ApiKeySecret.visiblePrefix(secret))
			.query(ApiKeyStore::keyRecord)
			.single();
	}

	/**
	 * Locks the company's unrevoked owner keys until the transaction ends, so that
	 * revocations in one company run one after the other.
	 * @return the ids of those keys, as committed once the locks were taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> lockActiveOwnerKeys(long companyId) {
		return this.jdbc.sql("""
				select id from api_keys
				where company_id = :company and role = 'owner' and revoked_at is null
				order by id for update""").param("company", companyId).query(Long.class).list();
	}

	/**
	 * Marks the key revoked now, unless it is already.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void revoke(long companyId, long id) {
		this.jdbc.sql("""
				update api_keys set revoked_at = now()
				where company_id = :company and id = :id and revoked_at is null""")
			.param("company", companyId)
			.param("id", id)
			.update();
	}

	/**
	 * Sets the key's last use to now.
	 */
	@Transactional
	public void touch(long id) {
		this.jdbc.sql("update api_keys set last_used_at = now() where id = :id").param("id", id).update();
	}

	/**
	 * Whether any key exists at all, revoked or not.
	 */
	@Transactional(readOnly = true)
	public boolean anyKeyExists() {
		return this.jdbc.sql("select exists (select 1 from api_keys)").query(Boolean.class).single();
	}

	private static final String RECORD_COLUMNS = "id, name, role, prefix, created_at, last_used_at, revoked_at";

	private static KeyRecord keyRecord(ResultSet row, int number) throws SQLException {
		return new KeyRecord(row.getLong("id"), row.getString("name"), Role.fromName(row.getString("role")),
				row.getString("prefix"), instant(row, "created_at"), instant(row, "last_used_at"),
				instant(row, "revoked_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * A key as listed to its company's owners: everything but its secret and hash.
	 *
	 * @param id the key's id
	 * @param name the label given at creation
	 * @param role what it may do
	 * @param prefix the first characters of the secret, enough to recognise it
	 * @param createdAt when it was created
	 * @param lastUsedAt when it last authenticated a request, to the minute; {@code null}
	 * if never
	 * @param revokedAt when it was revoked; {@code null} while it is valid
	 */
	public record KeyRecord(long id, String name, Role role, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
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
