package dev.contactsapi.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.company.Role;
import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static dev.contactsapi.support.ContractErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Viewers read, employees also create, editors also edit and delete, owners do all.
 */
@ApiTest
class RoleTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	Api.Call owner;

	@BeforeEach
	void companyWithOneContact() {
		this.acme = this.companies.create();
		this.owner = this.api.as(this.acme.ownerKey());
		assertThat(this.owner.post("/contacts/create", "{\"firstName\": \"John\"}").status()).isEqualTo(201);
	}

	@ParameterizedTest(name = "{0} may create: {1}, edit: {2}, delete: {3}")
	@CsvSource({ "VIEWER, false, false, false", "EMPLOYEE, true, false, false", "EDITOR, true, true, true",
			"OWNER, true, true, true" })
	void eachRoleMayDoWhatTheContractSays(Role role, boolean mayCreate, boolean mayEdit, boolean mayDelete) {
		Api.Call caller = this.api.as(this.acme.key(role));

		assertThat(caller.get("/contacts").status()).isEqualTo(200);
		assertThat(caller.get("/contacts/id/1").status()).isEqualTo(200);
		assertAllowed(caller.post("/contacts/create", "{\"firstName\": \"Jane\"}"), mayCreate, 201);
		assertAllowed(caller.put("/contacts/edit/1", "{\"lastName\": \"Doe\"}"), mayEdit, 200);
		assertAllowed(caller.delete("/contacts/delete/1"), mayDelete, 200);

		Api.Reply stored = this.owner.get("/contacts");
		assertThat(stored.at("/pagination/total").asLong()).isEqualTo((mayCreate ? 1 : 0) + (mayDelete ? 0 : 1));
		if (!mayEdit) {
			assertThat(this.owner.get("/contacts/id/1").at("/data/lastName").isNull()).isTrue();
		}
	}

	private static void assertAllowed(Api.Reply reply, boolean allowed, int status) {
		if (allowed) {
			assertThat(reply.status()).as(reply.text()).isEqualTo(status);
		}
		else {
			assertError(reply, 403, "NO_ACCESS");
		}
	}

}
