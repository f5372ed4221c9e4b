package dev.contactsapi.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.AppInstance;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's contact visibleIds: contiguous under concurrency, never reused, and carried
 * on by another server instance on the same database.
 */
@ApiTest
class ContactSequenceTests {

	private static final int CONCURRENT_CREATES = 40;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	ContactRequests contacts;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
		this.contacts = new ContactRequests(this.api.as(this.acme.ownerKey()));
	}

	@Test
	void concurrentCreatesGetDistinctContiguousVisibleIds() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_CREATES);
		try {
			List<CompletableFuture<Long>> creates = new ArrayList<>();
			for (int i = 0; i < CONCURRENT_CREATES; i++) {
				String name = "Parallel " + i;
				creates.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(start);
					return this.contacts.createdNamed(name);
				}, pool));
			}
			start.countDown();

			List<Long> visibleIds = new ArrayList<>();
			for (CompletableFuture<Long> create : creates) {
				visibleIds.add(create.get(60, TimeUnit.SECONDS));
			}

			assertThat(visibleIds)
				.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, CONCURRENT_CREATES).boxed().toList());
			assertThat(this.contacts.listed("?limit=100").at("/pagination/total").asLong())
				.isEqualTo(CONCURRENT_CREATES);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void deletedVisibleIdIsNeverHandedOutAgain() {
		this.contacts.createdNamed("First");
		this.contacts.createdNamed("Second");
		long last = this.contacts.createdNamed("Third");

		assertThat(this.contacts.delete(last).status()).isEqualTo(200);

		assertThat(this.contacts.createdNamed("Fourth")).isEqualTo(last + 1);
		assertThat(this.contacts.delete(1).status()).isEqualTo(200);
		assertThat(this.contacts.createdNamed("Fifth")).isEqualTo(last + 2);
		assertThat(ContactRequests.visibleIds(this.contacts.listed(""))).containsExactly(2L, 4L, 5L);
	}

	@Test
	void refusedCreateSpendsNoVisibleId() {
		this.contacts.createdNamed("First");

		assertThat(this.contacts.create("{\"firstName\": \"Second\", \"addressId\": 999999999}").status())
			.isEqualTo(400);

		assertThat(this.contacts.createdNamed("Second")).isEqualTo(2);
	}

	@Test
	void anotherInstanceOnTheSameDatabaseCarriesTheSequenceOn() {
		this.contacts.createdNamed("First");
		this.contacts.createdNamed("Second");

		try (AppInstance restarted = AppInstance.start()) {
			ContactRequests there = new ContactRequests(restarted.api().as(this.acme.ownerKey()));

			assertThat(there.createdNamed("Third")).isEqualTo(3);
			assertThat(ContactRequests.visibleIds(there.listed(""))).containsExactly(1L, 2L, 3L);
		}

		assertThat(this.contacts.createdNamed("Fourth")).isEqualTo(4);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
