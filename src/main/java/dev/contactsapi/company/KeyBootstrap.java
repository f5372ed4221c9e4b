package dev.contactsapi.company;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Provisions API keys at startup: the configured ones, idempotently, and on a database
 * without any key a Demo company with an owner key, printed once so that a newcomer can
 * call the API. A transaction-scoped advisory lock keeps instances starting together from
 * racing.
 */
@Component
class KeyBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(KeyBootstrap.class);

	/** An arbitrary constant naming this lock among the database's advisory locks. */
	private static final long LOCK = 0x636f6e7461637473L;

	private final BootstrapProperties properties;

	private final ApiKeyStore keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Environment environment;

	KeyBootstrap(BootstrapProperties properties, ApiKeyStore keys, JdbcClient jdbc, TransactionTemplate transaction,
			Environment environment) {
		this.properties = properties;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<ValidKey> configured = validate(this.properties.keys());
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleValue();
			for (ValidKey key : configured) {
				long company = this.keys.ensureCompany(key.company());
				if (this.keys.addKeyIfMissing(company, key.name(), key.role(), key.secret())) {
					logger.info("Provisioned a {} key {}... for company {}", key.role().wireName(),
							ApiKeySecret.visiblePrefix(key.secret()), key.company());
				}
			}
			if (this.properties.demo() && !this.keys.anyKeyExists()) {
				createDemoKey();
			}
		});
	}

	private void createDemoKey() {
		String secret = ApiKeySecret.generate();
		long company = this.keys.ensureCompany("Demo");
		this.keys.addKeyIfMissing(company, "demo owner", Role.OWNER, secret);
		// The one place a whole key reaches the log: the database held no key at all, and
		// without this one nobody could call the API. It is not stored anywhere in clear.
		logger.info("""

				  Created company "Demo" with an owner API key. It is shown only this once:

				      {}

				  Call the API with:  curl -H "Authorization: Bearer {}" http://localhost:{}/contacts
				""", secret, secret, this.environment.getProperty("local.server.port", "8080"));
	}

	private static List<ValidKey> validate(List<BootstrapProperties.Key> keys) {
		List<ValidKey> valid = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			BootstrapProperties.Key key = keys.get(i);
			String where = "contacts.bootstrap.keys[" + i + "]";
			if (key.key() == null || key.key().isBlank()) {
				// Deployment templates leave the key empty until the operator sets one;
				// starting
				// without it, on the Demo key if the database has none, beats refusing to
				// start.
				logger.warn("{}.key is empty: that key is not provisioned", where);
				continue;
			}
			if (key.company() == null || key.company().isBlank()) {
				throw new IllegalStateException(where + ".company must name a company");
			}
			if (!ApiKeySecret.isWellFormed(key.key())) {
				throw new IllegalStateException(
						where + ".key must be " + ApiKeySecret.PREFIX + " followed by at least 32 URL-safe characters");
			}
			Role role;
			try {
				role = Role.fromName(String.valueOf(key.role()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(where + ".role must be viewer, employee, editor or owner");
			}
			valid.add(new ValidKey(key.company().strip(), key.name(), role, key.key()));
		}
		return valid;
	}

	private record ValidKey(String company, String name, Role role, String secret) {
	}

}
