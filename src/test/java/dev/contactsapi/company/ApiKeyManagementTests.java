package dev.contactsapi.company;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ApiKeyManagementTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	@Autowired
	ApiKeyStore store;

	TestCompany acme;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
	}

	@Test
	void listsTheCompanysKeysWithoutSecretsOrHashes() {
		Api.Reply reply = this.api.as(this.acme.ownerKey()).get("/api-keys");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.at("/data")).hasSize(4);
		JsonNode owner = reply.at("/data/3");
		assertThat(owner.propertyNames()).containsExactlyInAnyOrder("id", "name", "role", "prefix", "createdAt",
				"lastUsedAt", "revokedAt");
		assertThat(owner.get("role").asString()).isEqualTo("owner");
		assertThat(owner.get("prefix").asString()).isEqualTo(this.acme.ownerKey().substring(0, 12));
		assertThat(owner.get("revokedAt").isNull()).isTrue();
		assertThat(reply.text()).doesNotContain(this.acme.ownerKey())
			.doesNotContain(ApiKeySecret.hash(this.acme.ownerKey()));
	}

	@Test
	void recordsWhenAKeyWasLastUsed() {
		String viewer = this.acme.key(Role.VIEWER);
		this.api.as(viewer).get("/contacts");

		Api.Reply reply = this.api.as(this.acme.ownerKey()).get("/api-keys");

		assertThat(reply.at("/data/0/role").asString()).isEqualTo("viewer");
		assertThat(reply.at("/data/0/lastUsedAt").isNull()).isFalse();
	}

	@Test
	void createsAKeyShownOnceThatThenWorks() {
		Api.Reply created = this.api.as(this.acme.ownerKey())
			.post("/api-keys/create", Api.json(Map.of("name", " CI pipeline ", "role", "editor")));

		assertThat(created.status()).isEqualTo(201);
		long id = created.at("/data/id").asLong();
		assertThat(created.header("Location")).isEqualTo("/api-keys/id/" + id);
		assertThat(created.at("/data/name").asString()).isEqualTo("CI pipeline");
		assertThat(created.at("/data/role").asString()).isEqualTo("editor");
		String key = created.at("/data/key").asString();
		assertThat(key).startsWith("glnc_sk_");
		assertThat(created.at("/data/prefix").asString()).isEqualTo(key.substring(0, 12));

		assertThat(this.api.as(key).post("/contacts/create", Api.json(Map.of("firstName", "Ada"))).status())
			.isEqualTo(201);
		assertThat(this.api.as(key).get("/api-keys").status()).isEqualTo(403);
		Api.Reply shown = this.api.as(this.acme.ownerKey()).get("/api-keys/id/" + id);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text()).doesNotContain(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"name\": \"x\"}", "{\"name\": \"x\", \"role\": \"admin\"}",
			"{\"name\": \"x\", \"role\": \"OWNER\"}", "{\"name\": 5, \"role\": \"viewer\"}",
			"{\"name\": \"x\", \"role\": \"viewer\", \"key\": \"glnc_sk_chosen\"}", "[]" })
	void refusesBadCreateBodies(String body) {
		Api.Reply reply = this.api.as(this.acme.ownerKey()).post("/api-keys/create", body);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.at("/error/code").asString()).isEqualTo("INVALID_FIELD");
	}

	@Test
	void revokedKeyIsRefusedAtOnce() {
		String viewer = this.acme.key(Role.VIEWER);
		assertThat(this.api.as(viewer).get("/contacts").status()).isEqualTo(200);
		long id = keyId("viewer");

		Api.Reply revoked = this.api.as(this.acme.ownerKey()).delete("/api-keys/delete/" + id);

		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.at("/data/revokedAt").isNull()).isFalse();
		Api.Reply refused = this.api.as(viewer).get("/contacts");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.at("/error/code").asString()).isEqualTo("NO_ACCESS");
		assertThat(this.api.as(this.acme.ownerKey()).delete("/api-keys/delete/" + id).status()).isEqualTo(200);
	}

	@Test
	void anotherCompanysKeysDoNotExist() {
		TestCompany other = this.companies.create();
		long theirs = this.store.list(other.id()).get(0).id();

		Api.Reply get = this.api.as(this.acme.ownerKey()).get("/api-keys/id/" + theirs);
		Api.Reply delete = this.api.as(this.acme.ownerKey()).delete("/api-keys/delete/" + theirs);

		assertThat(get.status()).isEqualTo(404);
		assertThat(delete.status()).isEqualTo(404);
		assertThat(delete.at("/error/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(this.api.as(other.key(Role.VIEWER)).get("/contacts").status()).isEqualTo(200);
	}

	@Test
	void theLastValidOwnerKeyCannotBeRevoked() {
		long owner = keyId("owner");

		Api.Reply refused = this.api.as(this.acme.ownerKey()).delete("/api-keys/delete/" + owner);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.at("/error/code").asString()).isEqualTo("CONFLICT");
		assertThat(this.api.as(this.acme.ownerKey()).get("/api-keys").status()).isEqualTo(200);
	}

	@Test
	void anOwnerKeyMayBeRevokedWhileAnotherRemains() {
		Api.Reply second = this.api.as(this.acme.ownerKey())
			.post("/api-keys/create", Api.json(Map.of("name", "second owner", "role", "owner")));
		String secondKey = second.at("/data/key").asString();

		Api.Reply revoked = this.api.as(secondKey).delete("/api-keys/delete/" + keyId("owner"));

		assertThat(revoked.status()).isEqualTo(200);
		assertThat(this.api.as(this.acme.ownerKey()).get("/api-keys").status()).isEqualTo(401);
		Api.Reply last = this.api.as(secondKey).delete("/api-keys/delete/" + second.at("/data/id").asLong());
		assertThat(last.status()).isEqualTo(409);
	}

	@Test
	void concurrentRevocationsOfTheLastTwoOwnerKeysLeaveOne() {
		String secondKey = this.api.as(this.acme.ownerKey())
			.post("/api-keys/create", Api.json(Map.of("name", "second owner", "role", "owner")))
			.at("/data/key")
			.asString();
		long first = keyId("owner");
		long second = this.store.list(this.acme.id()).get(4).id();

		CompletableFuture<Integer> one = CompletableFuture
			.supplyAsync(() -> this.api.as(this.acme.ownerKey()).delete("/api-keys/delete/" + second).status());
		CompletableFuture<Integer> other = CompletableFuture
			.supplyAsync(() -> this.api.as(secondKey).delete("/api-keys/delete/" + first).status());

		// The loser is refused with 409 when both keys authenticated before either
		// revocation, and with 401 when its own key was already revoked by then.
		assertThat(List.of(one.join(), other.join())).containsOnlyOnce(200).containsAnyOf(409, 401);
		assertThat(this.store.list(this.acme.id())
			.stream()
			.filter((key) -> key.role() == Role.OWNER && key.revokedAt() == null)).hasSize(1);
	}

	private long keyId(String role) {
		for (JsonNode key : this.api.as(this.acme.ownerKey()).get("/api-keys").at("/data")) {
			if (key.get("role").asString().equals(role)) {
				return key.get("id").asLong();
			}
		}
		throw new IllegalStateException("No " + role + " key");
	}

}
