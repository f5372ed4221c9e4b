package dev.contactsapi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * An HTTP test of the whole server on a random port, against {@link TestDatabase}. Every
 * test class so annotated shares one application context; tests isolate themselves by
 * working in companies of their own (see {@link TestCompanies}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "contacts.bootstrap.demo=false",
		// The whole suite shares this server and these addresses: limits that never bind.
		// Rate-limit tests start instances of their own with the limits they test.
		"contacts.rate-limit.per-minute=1000000", "contacts.rate-limit.burst-per-second=1000000",
		"contacts.rate-limit.unauthenticated-per-minute=1000000",
		"contacts.cors.allowed-origins=" + ApiTest.ALLOWED_ORIGIN })
@Import({ TestDatabaseConfiguration.class, TestCompanies.class, Api.class })
public @interface ApiTest {

	/** The one origin whose browser scripts the test server lets in. */
	String ALLOWED_ORIGIN = "https://app.example.com";

}
