package dev.contactsapi.address;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class AddressDeleteTests {

	private static final int ROUNDS = 20;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	TestCompany acme;

	ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void deletesAnUnusedAddressForGood() {
		long id = address();

		Api.Reply reply = owner().delete("/addresses/" + id);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/data/success").asBoolean()).isTrue();
		assertThat(owner().get("/addresses/id/" + id).status()).isEqualTo(404);
		assertThat(owner().delete("/addresses/" + id).status()).isEqualTo(404);
		assertThat(owner().get("/addresses").at("/pagination/total").asLong()).isZero();
	}

	@Test
	void refusesToDeleteAnAddressInUseNamingHowManyPointAtIt() {
		long id = address();
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan", "addressId", id)));
		owner().post("/contacts/create", Api.json(Map.of("firstName", "Ruth", "addressId", id)));
		owner().post("/clients/create", Api.json(Map.of("name", "Acme", "addressId", id)));

		Api.Reply reply = owner().delete("/addresses/" + id);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.at("/error/code").asString()).isEqualTo("CONFLICT");
		assertThat(reply.at("/message").asString()).contains("2 contacts and 1 client");
		assertThat(reply.at("/error/message").asString()).isEqualTo(reply.at("/message").asString());
		assertThat(owner().get("/addresses/id/" + id).status()).isEqualTo(200);
	}

	@Test
	void deletesTheAddressOnceNothingPointsAtItAnyMore() {
		long id = address();
		long contact = owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan", "addressId", id)))
			.at("/data/visibleId")
			.asLong();
		long client = owner().post("/clients/create", Api.json(Map.of("name", "Acme", "addressId", id)))
			.at("/data/visibleId")
			.asLong();
		assertThat(owner().delete("/addresses/" + id).at("/message").asString()).contains("1 contact and 1 client");

		owner().put("/contacts/edit/" + contact, "{\"addressId\": null}");
		assertThat(owner().delete("/addresses/" + id).at("/message").asString()).contains("0 contacts and 1 client");
		owner().put("/clients/edit/" + client, "{\"addressId\": null}");

		assertThat(owner().delete("/addresses/" + id).status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "the delete waits for a link in progress, which then {0}")
	@ValueSource(strings = { "commits", "rolls back" })
	void deleteWaitsForALinkInProgress(String outcome) throws Exception {
		long id = address();
		long contact = owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan")))
			.at("/data/visibleId")
			.asLong();

		CompletableFuture<Api.Reply> delete;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			linkInTransaction(connection, contact, id);
			delete = CompletableFuture.supplyAsync(() -> owner().delete("/addresses/" + id), this.threads);
			awaitDeleteBlockedOnTheAddress();
			assertThat(delete).isNotDone();
			if (outcome.equals("commits")) {
				connection.commit();
			}
			else {
				connection.rollback();
			}
		}

		Api.Reply reply = delete.get(30, TimeUnit.SECONDS);
		if (outcome.equals("commits")) {
			assertThat(reply.status()).isEqualTo(409);
			assertThat(reply.at("/message").asString()).contains("1 contact and 0 clients");
		}
		else {
			assertThat(reply.status()).isEqualTo(200);
		}
	}

	@Test
	void linkingContactsToAnAddressBeingDeletedNeverLeavesADanglingReference() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long contact = owner().post("/contacts/create", Api.json(Map.of("firstName", "Dan")))
				.at("/data/visibleId")
				.asLong();
			race("contact edit", (id) -> owner().put("/contacts/edit/" + contact, Api.json(Map.of("addressId", id))));
		}
		for (int round = 0; round < ROUNDS; round++) {
			race("contact create",
					(id) -> owner().post("/contacts/create", Api.json(Map.of("firstName", "Ruth", "addressId", id))));
		}
		assertNoDanglingReference();
	}

	@Test
	void linkingClientsToAnAddressBeingDeletedNeverLeavesADanglingReference() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long client = owner().post("/clients/create", Api.json(Map.of("name", "Acme")))
				.at("/data/visibleId")
				.asLong();
			race("client edit", (id) -> owner().put("/clients/edit/" + client, Api.json(Map.of("addressId", id))));
		}
		for (int round = 0; round < ROUNDS; round++) {
			race("client create",
					(id) -> owner().post("/clients/create", Api.json(Map.of("name", "Beta", "addressId", id))));
		}
		assertNoDanglingReference();
	}

	/**
	 * Links something to a fresh address while another thread deletes it, both let go at
	 * the same moment, and checks that exactly one of them won, cleanly.
	 */
	private void race(String link, LongFunction<Api.Reply> linkTo) throws Exception {
		long id = address();
		CyclicBarrier start = new CyclicBarrier(2);
		Future<Api.Reply> linking = this.threads.submit(() -> {
			start.await();
			return linkTo.apply(id);
		});
		Future<Api.Reply> deleting = this.threads.submit(() -> {
			start.await();
			return owner().delete("/addresses/" + id);
		});
		Api.Reply linked = linking.get(30, TimeUnit.SECONDS);
		Api.Reply deleted = deleting.get(30, TimeUnit.SECONDS);

		if (deleted.status() == 200) {
			assertThat(linked.status()).as(link + " after the delete").isEqualTo(400);
			assertThat(linked.at("/error/issues/0/path/0").asString()).isEqualTo("addressId");
			assertThat(linked.at("/error/issues/0/message").asString()).isEqualTo("no such address");
			assertThat(owner().get("/addresses/id/" + id).status()).isEqualTo(404);
		}
		else {
			assertThat(deleted.status()).as("delete racing a " + link).isEqualTo(409);
			assertThat(deleted.at("/message").asString()).contains("1 c");
			assertThat(linked.status()).as(link + " before the delete").isIn(200, 201);
			assertThat(linked.at("/data/addressId").asLong()).isEqualTo(id);
			assertThat(owner().get("/addresses/id/" + id).status()).isEqualTo(200);
		}
	}

	private void assertNoDanglingReference() {
		long dangling = this.jdbc.sql("""
				select (select count(*) from contacts c where c.company_id = :company and c.address_id is not null
				          and not exists (select 1 from addresses a where a.id = c.address_id))
				     + (select count(*) from clients c where c.company_id = :company and c.address_id is not null
				          and not exists (select 1 from addresses a where a.id = c.address_id))""")
			.param("company", this.acme.id())
			.query(Long.class)
			.single();
		assertThat(dangling).isZero();
	}

	private void linkInTransaction(Connection connection, long contact, long address) throws SQLException {
		try (PreparedStatement link = connection
			.prepareStatement("update contacts set address_id = ? where company_id = ? and visible_id = ?")) {
			link.setLong(1, address);
			link.setLong(2, this.acme.id());
			link.setLong(3, contact);
			assertThat(link.executeUpdate()).isOne();
		}
	}

	/**
	 * Waits until a session is blocked on a lock while locking an address for its delete.
	 */
	private void awaitDeleteBlockedOnTheAddress() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			long waiting = this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and query like 'select id from addresses %for update'""")
				.query(Long.class)
				.single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The delete never waited for the address lock");
	}

	private long address() {
		Api.Reply reply = owner().post("/addresses/create", Api.json(Map.of("street", "Herzl", "city", "Haifa")));
		assertThat(reply.status()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	private Api.Call owner() {
		return this.api.as(this.acme.ownerKey());
	}

}
