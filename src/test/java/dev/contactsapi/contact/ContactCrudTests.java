package dev.contactsapi.contact;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;
import dev.contactsapi.support.TestCompanies.TestCompany;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ContactCrudTests {

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	TestCompany acme;

	@BeforeEach
	void newCompany() {
		this.acme = this.companies.create();
	}

	@Test
	void createsContactWithLocationAndWholeRepresentation() {
		Api.Reply reply = this.api.as(this.acme.ownerKey())
			.post("/contacts/create", Api.json(Map.of("firstName", " John ", "lastName", "Doe")));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("Location")).isEqualTo("/contacts/id/1");
		assertThat(reply.at("/success").asBoolean()).isTrue();
		assertThat(reply.at("/data/visibleId").asLong()).isEqualTo(1);
		assertThat(reply.at("/data/firstName").asString()).isEqualTo("John");
		assertThat(reply.at("/data/email").isNull()).isTrue();
		assertThat(reply.at("/data/address").isNull()).isTrue();
	}

}
