package dev.contactsapi.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application under test at {@link TestDatabase}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabase() {
		TestDatabase.Connection connection = TestDatabase.connection();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return connection.username();
			}

			@Override
			public String getPassword() {
				return connection.password();
			}

			@Override
			public String getJdbcUrl() {
				return connection.url();
			}

		};
	}

}
