package dev.contactsapi.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import dev.contactsapi.ContactsApiApplication;

/**
 * One more server instance, beside the one {@link ApiTest} starts, with settings of its
 * own: for what only shows with several instances on one database, after a restart, with
 * limits the shared test server must not have, with a database that goes away, or at
 * shutdown. It runs the whole application on a free port.
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on {@link TestDatabase}.
	 * @param properties {@code name=value} settings on top of the defaults
	 */
	public static AppInstance start(String... properties) {
		return start(TestDatabase.connection().url(), List.of(), properties);
	}

	/**
	 * Starts an instance on the test database's server reached at {@code jdbcUrl}
	 * (through a proxy, say), with extra components such as a test-only route.
	 * @param properties {@code name=value} settings on top of the defaults
	 */
	public static AppInstance start(String jdbcUrl, List<Class<?>> components, String... properties) {
		TestDatabase.Connection database = TestDatabase.connection();
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("spring.datasource.url", jdbcUrl);
		settings.put("spring.datasource.username", database.username());
		if (database.password() != null) {
			settings.put("spring.datasource.password", database.password());
		}
		settings.put("contacts.bootstrap.demo", "false");
		for (String property : properties) {
			int equals = property.indexOf('=');
			settings.put(property.substring(0, equals), property.substring(equals + 1));
		}
		// As command-line arguments, which override application.yml (builder properties
		// would not); each name once, since a repeated one would bind as a list.
		String[] arguments = settings.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder application = new SpringApplicationBuilder(ContactsApiApplication.class)
			.sources(components.toArray(Class<?>[]::new))
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("leaveOutTestComponents", new LeaveOutTestComponents()));
		return new AppInstance(application.run(arguments));
	}

	/**
	 * A client of this instance.
	 */
	public Api api() {
		return new Api(this.context.getEnvironment());
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
