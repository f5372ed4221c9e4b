package dev.contactsapi;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * A self-hostable server for the Glance Contacts API, with the Addresses and Clients
 * routes that contacts point at.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactsApiApplication {

	private static final AtomicBoolean started = new AtomicBoolean();

	/**
	 * Starts the server. Once it has started, a stop by signal (SIGTERM from Docker or
	 * Kubernetes, Ctrl-C) ends with exit status 0 after the graceful shutdown, not the
	 * JVM's 143, so that orchestrators record a clean stop. A failed start keeps its
	 * failing status.
	 */
	public static void main(String[] args) {
		// Shutdown handlers run in reverse order of registration, after the context has
		// closed: registered first, this one runs last, once the logs are flushed.
		SpringApplication.getShutdownHandlers().add(ContactsApiApplication::exitCleanlyAfterStop);
		SpringApplication.run(ContactsApiApplication.class, args);
		started.set(true);
	}

	private static void exitCleanlyAfterStop() {
		if (started.get()) {
			Runtime.getRuntime().halt(0);
		}
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
