package dev.contactsapi.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import dev.contactsapi.ContactsApiApplication;

/**
 * A server of its own, started and stopped by the test, for what the shared
 * {@link ApiTest} server cannot be put through: a database that goes away, a shutdown. It
 * runs the whole application on a random port with the given extra components (test
 * components are otherwise left out, as under {@link ApiTest}) and properties.
 */
public final class SecondServer implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondServer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a server on the database at {@code jdbcUrl}.
	 */
	public static SecondServer start(String jdbcUrl, List<Class<?>> components, String... properties) {
		TestDatabase.Connection database = TestDatabase.connection();
		List<String> settings = new ArrayList<>(List.of("server.port=0", "contacts.bootstrap.demo=false",
				"spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + database.username()));
		if (database.password() != null) {
			settings.add("spring.datasource.password=" + database.password());
		}
		settings.addAll(List.of(properties));
		SpringApplicationBuilder application = new SpringApplicationBuilder(ContactsApiApplication.class)
			.sources(components.toArray(Class<?>[]::new))
			.properties(settings.toArray(String[]::new))
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("leaveOutTestComponents", new LeaveOutTestComponents()));
		return new SecondServer(application.run());
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public String baseUrl() {
		return "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Keeps the test's own components ({@link Api}, {@link TestDatabaseConfiguration},
	 * ...) out of the scan, as {@code @SpringBootTest} does.
	 */
	private static final class LeaveOutTestComponents extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && getClass() == other.getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
