package dev.contactsapi.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Runs PostgreSQL 17 from binaries shipped on Maven Central when
 * {@code spring.datasource.url} is not set and nothing else (a Testcontainers service
 * connection, say) provides a database. The cluster lives in
 * {@link EmbeddedPostgresProperties#dataDirectory()}; it is created on the first start
 * and reused afterwards.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		refuseRoot();
		Files.createDirectories(properties.dataDirectory());
		logger.info("No datasource configured: starting embedded PostgreSQL in {}",
				properties.dataDirectory().toAbsolutePath());
		return EmbeddedPostgres.builder()
			.setOverrideWorkingDirectory(binariesDirectory().toFile())
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(false)
			// The launcher's defaults suit throwaway test databases: no fsync, commits
			// acknowledged
			// before they are on disk. This one keeps a developer's records, so both are
			// back on
			// (a later -c wins over the launcher's -F).
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setRegisterShutdownHook(false)
			.start();
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}

		};
	}

	/**
	 * Where the PostgreSQL binaries are unpacked: one folder per user, since a folder
	 * unpacked by another user of the machine may not be usable by this one.
	 */
	public static Path binariesDirectory() {
		return Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg-" + System.getProperty("user.name"));
	}

	/**
	 * PostgreSQL's initdb and postmaster refuse to run as root, and their message is easy
	 * to miss in the log; fail with one that says what to do instead.
	 */
	private static void refuseRoot() {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("Embedded PostgreSQL cannot run as root: "
					+ "run the server as an ordinary user, or set SPRING_DATASOURCE_URL to a PostgreSQL server");
		}
	}

}
