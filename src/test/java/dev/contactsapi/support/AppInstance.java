package dev.contactsapi.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.contactsapi.ContactsApiApplication;

/**
 * One more server instance on {@link TestDatabase}, beside the one {@link ApiTest}
 * starts, with settings of its own: for what only shows with several instances on one
 * database, or with limits the shared test server must not have.
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts an instance on a free port.
	 * @param properties {@code name=value} settings on top of the defaults
	 */
	public static AppInstance start(String... properties) {
		TestDatabase.Connection database = TestDatabase.connection();
		List<String> settings = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + database.url(),
				"spring.datasource.username=" + database.username(), "contacts.bootstrap.demo=false"));
		if (database.password() != null) {
			settings.add("spring.datasource.password=" + database.password());
		}
		settings.addAll(List.of(properties));
		// As command-line arguments, which override application.yml (builder properties
		// would not).
		String[] arguments = settings.stream().map((setting) -> "--" + setting).toArray(String[]::new);
		return new AppInstance(new SpringApplicationBuilder(ContactsApiApplication.class).run(arguments));
	}

	/**
	 * A client of this instance.
	 */
	public Api api() {
		return new Api(this.context.getEnvironment());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
