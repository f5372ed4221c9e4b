package dev.contactsapi.company;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys provisioned at startup: the configured ones on every start, idempotently, and the
 * Demo owner key on a database without any key.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyBootstrapTests {

	private static final Pattern PRINTED_KEY = Pattern.compile("\\s(glnc_sk_[A-Za-z0-9_-]{32,})\\s");

	@Test
	void provisionsConfiguredKeysOnceWhateverTheNumberOfStarts() {
		String company = "Bootstrapped " + UUID.randomUUID();
		String key = ApiKeySecret.generate();
		String[] settings = { "contacts.bootstrap.keys[0].company=" + company, "contacts.bootstrap.keys[0].role=editor",
				"contacts.bootstrap.keys[0].key=" + key };

		try (AppInstance first = AppInstance.start(settings)) {
			assertThat(first.api().as(key).get("/contacts").status()).isEqualTo(200);
			assertThat(first.api().as(key).get("/api-keys").status()).isEqualTo(403);
		}
		try (AppInstance second = AppInstance.start(settings)) {
			assertThat(second.api().as(key).get("/contacts").status()).isEqualTo(200);
			assertThat(keysOf(second, company)).isEqualTo(1);
		}
	}

	@Test
	void skipsAnEntryWhoseKeyIsEmpty(CapturedOutput output) {
		String company = "Keyless " + UUID.randomUUID();

		try (AppInstance instance = AppInstance.start("contacts.bootstrap.keys[0].company=" + company,
				"contacts.bootstrap.keys[0].role=owner", "contacts.bootstrap.keys[0].key=")) {
			assertThat(keysOf(instance, company)).isZero();
		}
		assertThat(output).contains("contacts.bootstrap.keys[0].key is empty");
	}

	@Test
	void refusesToStartWithAMalformedKey() {
		assertThatThrownBy(() -> AppInstance.start("contacts.bootstrap.keys[0].company=Acme",
				"contacts.bootstrap.keys[0].role=owner", "contacts.bootstrap.keys[0].key=secret"))
			.hasStackTraceContaining("contacts.bootstrap.keys[0].key must be glnc_sk_");
	}

	@Test
	void printsAWorkingDemoOwnerKeyOnceOnADatabaseWithoutKeys(CapturedOutput output) {
		String database = TestDatabase.createDatabase();
		String demoKey;

		try (AppInstance first = AppInstance.start(database, List.of(), "contacts.bootstrap.demo=true")) {
			Matcher printed = PRINTED_KEY.matcher(output.getOut());
			assertThat(printed.find()).as("a key in the log").isTrue();
			demoKey = printed.group(1);
			assertThat(first.api().as(demoKey).get("/api-keys").status()).isEqualTo(200);
		}
		int printedSoFar = output.getOut().length();
		try (AppInstance second = AppInstance.start(database, List.of(), "contacts.bootstrap.demo=true")) {
			assertThat(output.getOut().substring(printedSoFar)).doesNotContain("Created company \"Demo\"");
			assertThat(second.api().as(demoKey).get("/contacts").status()).isEqualTo(200);
		}
	}

	private static long keysOf(AppInstance instance, String company) {
		return instance.context()
			.getBean(JdbcClient.class)
			.sql("select count(*) from api_keys k join companies c on c.id = k.company_id where c.name = :name")
			.param("name", company)
			.query(Long.class)
			.single();
	}

}
