package dev.contactsapi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.contactsapi.embedded.EmbeddedPostgresAutoConfiguration;

/**
 * The one PostgreSQL every test of a run talks to: a Testcontainers PostgreSQL 17 where a
 * Docker engine answers, otherwise the same embedded PostgreSQL 17 the server runs on a
 * laptop, in a fresh temporary folder. It is started on first use and stopped when the
 * JVM exits.
 */
public final class TestDatabase {

	/** A JDBC URL's parts before, at and after the database name. */
	private static final Pattern DATABASE_NAME = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static Connection connection;

	private TestDatabase() {
	}

	/**
	 * Where the test database is, starting it on first call.
	 */
	public static synchronized Connection connection() {
		if (connection == null) {
			connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		logger.info("No Docker engine answered (Testcontainers says so above): "
				+ "the tests use an embedded PostgreSQL 17 instead");
		try {
			Path folder = Files.createTempDirectory("contacts-api-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(EmbeddedPostgresAutoConfiguration.binariesDirectory().toFile())
				.setDataDirectory(folder)
				.setCleanDataDirectory(true)
				.start();
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	/**
	 * A new, empty database on the test database's server, for a test that needs one (a
	 * first start, say).
	 * @return its JDBC URL
	 */
	public static String createDatabase() {
		Connection server = connection();
		String name = "test_" + UUID.randomUUID().toString().replace("-", "");
		try (java.sql.Connection jdbc = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = jdbc.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database", ex);
		}
		return DATABASE_NAME.matcher(server.url()).replaceFirst("$1" + name + "$3");
	}

	/**
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password, {@code null} for none
	 */
	public record Connection(String url, String username, String password) {
	}

}
