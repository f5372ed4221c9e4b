package dev.contactsapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to one record at the same moment: partial edits of different fields all stay,
 * and an edit or a link racing a delete finds the record or does not, never an error.
 */
@ApiTest
class ConcurrentWriteTests {

	private static final int ROUNDS = 5;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	Api.Call owner;

	ExecutorService threads;

	@BeforeEach
	void newCompany() {
		this.owner = this.api.as(this.companies.create().ownerKey());
		this.threads = Executors.newFixedThreadPool(3);
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void concurrentEditsOfDifferentFieldsOfAContactAllPersist() throws Exception {
		long id = created("/contacts/create", Map.of("firstName", "John"), "/data/visibleId");
		String edit = "/contacts/edit/" + id;

		for (int round = 0; round < ROUNDS; round++) {
			String lastName = "Doe" + round;
			String email = "john" + round + "@acme.com";
			String phone = "050-123456" + round;

			List<Integer> statuses = atOnce(() -> this.owner.put(edit, Api.json(Map.of("lastName", lastName))),
					() -> this.owner.put(edit, Api.json(Map.of("email", email))),
					() -> this.owner.put(edit, Api.json(Map.of("phoneNumber", phone))));

			assertThat(statuses).containsOnly(200);
			Api.Reply stored = this.owner.get("/contacts/id/" + id);
			assertThat(stored.at("/data/firstName").asString()).isEqualTo("John");
			assertThat(stored.at("/data/lastName").asString()).isEqualTo(lastName);
			assertThat(stored.at("/data/email").asString()).isEqualTo(email);
			assertThat(stored.at("/data/phoneNumber").asString()).isEqualTo(phone);
		}
	}

	@Test
	void concurrentEditsOfDifferentFieldsOfAnAddressAllPersist() throws Exception {
		long id = TestRecords.address(this.owner);
		String edit = "/addresses/" + id;

		List<Integer> statuses = atOnce(() -> this.owner.put(edit, Api.json(Map.of("street", "1 Herzl St"))),
				() -> this.owner.put(edit, Api.json(Map.of("city", "Haifa"))),
				() -> this.owner.put(edit, Api.json(Map.of("zip", "3100000"))));

		assertThat(statuses).containsOnly(200);
		Api.Reply stored = this.owner.get("/addresses/id/" + id);
		assertThat(stored.at("/data/street").asString()).isEqualTo("1 Herzl St");
		assertThat(stored.at("/data/city").asString()).isEqualTo("Haifa");
		assertThat(stored.at("/data/zip").asString()).isEqualTo("3100000");
		assertThat(stored.at("/data/country").asString()).isEqualTo("IL");
	}

	@Test
	void concurrentEditsOfDifferentFieldsOfAClientAllPersist() throws Exception {
		long id = TestRecords.client(this.owner);
		String edit = "/clients/edit/" + id;

		List<Integer> statuses = atOnce(() -> this.owner.put(edit, Api.json(Map.of("name", "Acme Holdings"))),
				() -> this.owner.put(edit, Api.json(Map.of("email", "billing@acme.com"))),
				() -> this.owner.put(edit, Api.json(Map.of("taxId", "514-123456"))));

		assertThat(statuses).containsOnly(200);
		Api.Reply stored = this.owner.get("/clients/id/" + id);
		assertThat(stored.at("/data/name").asString()).isEqualTo("Acme Holdings");
		assertThat(stored.at("/data/email").asString()).isEqualTo("billing@acme.com");
		assertThat(stored.at("/data/taxId").asString()).isEqualTo("514-123456");
	}

	@Test
	void editsRacingADeleteFindTheContactOrNot() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long id = created("/contacts/create", Map.of("firstName", "John"), "/data/visibleId");

			List<Integer> statuses = atOnce(
					() -> this.owner.put("/contacts/edit/" + id, Api.json(Map.of("lastName", "Doe"))),
					() -> this.owner.delete("/contacts/delete/" + id),
					() -> this.owner.put("/contacts/edit/" + id, Api.json(Map.of("email", "john@acme.com"))));

			assertThat(statuses.get(1)).isEqualTo(200);
			assertThat(statuses).allMatch(this::foundOrNot);
			assertThat(this.owner.get("/contacts/id/" + id).status()).isEqualTo(404);
		}
	}

	@Test
	void deletesRacingEachOtherAndAnEditDeleteOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long id = created("/contacts/create", Map.of("firstName", "John"), "/data/visibleId");

			List<Integer> statuses = atOnce(() -> this.owner.delete("/contacts/delete/" + id),
					() -> this.owner.delete("/contacts/delete/" + id),
					() -> this.owner.put("/contacts/edit/" + id, Api.json(Map.of("lastName", "Doe"))));

			assertThat(statuses).allMatch(this::foundOrNot);
			assertThat(statuses.subList(0, 2)).containsExactlyInAnyOrder(200, 404);
		}
	}

	@Test
	void clientTakingAContactRacingItsDeleteTakesItOrSaysItIsMissing() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			long id = created("/contacts/create", Map.of("firstName", "John"), "/data/visibleId");

			List<Integer> statuses = atOnce(
					() -> this.owner.post("/clients/create",
							Api.json(Map.of("name", "Acme Ltd", "existingContactId", id))),
					() -> this.owner.delete("/contacts/delete/" + id));

			assertThat(statuses.get(0)).isIn(201, 400);
			assertThat(statuses.get(1)).isIn(200, 404);
			assertThat(this.owner.get("/contacts/id/" + id).status()).isEqualTo(404);
		}
	}

	private boolean foundOrNot(int status) {
		return status == 200 || status == 404;
	}

	private long created(String path, Map<String, Object> body, String idPointer) {
		Api.Reply reply = this.owner.post(path, Api.json(body));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.at(idPointer).asLong();
	}

	/**
	 * Sends the requests from threads of their own, released together.
	 * @return their statuses, in the order given
	 */
	@SafeVarargs
	private List<Integer> atOnce(Supplier<Api.Reply>... requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> replies = new ArrayList<>();
		for (Supplier<Api.Reply> request : requests) {
			replies.add(this.threads.submit(() -> {
				start.await();
				return request.get().status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> reply : replies) {
			statuses.add(reply.get());
		}
		return statuses;
	}

}
