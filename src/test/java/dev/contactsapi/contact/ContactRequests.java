package dev.contactsapi.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.contactsapi.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five Contacts routes as one caller sends them, with shortcuts for the steps a test
 * expects to succeed.
 */
final class ContactRequests {

	private final Api.Call call;

	ContactRequests(Api.Call call) {
		this.call = call;
	}

	Api.Reply create(String json) {
		return this.call.post("/contacts/create", json);
	}

	Api.Reply get(Object visibleId) {
		return this.call.get("/contacts/id/" + visibleId);
	}

	Api.Reply list(String query) {
		return this.call.get("/contacts" + query);
	}

	Api.Reply edit(Object visibleId, String json) {
		return this.call.put("/contacts/edit/" + visibleId, json);
	}

	Api.Reply delete(Object visibleId) {
		return this.call.delete("/contacts/delete/" + visibleId);
	}

	/**
	 * Creates a contact that the test needs, failing it if the server refuses.
	 * @return the created contact's representation
	 */
	JsonNode created(String json) {
		Api.Reply reply = create(json);
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.at("/data");
	}

	/**
	 * Creates a contact with only a first name.
	 * @return its visibleId
	 */
	long createdNamed(String firstName) {
		return created(Api.json(Map.of("firstName", firstName))).path("visibleId").asLong();
	}

	/**
	 * The contact as stored now, failing the test if it cannot be read.
	 */
	JsonNode stored(long visibleId) {
		Api.Reply reply = get(visibleId);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply.at("/data");
	}

	/**
	 * The whole list reply for a query string such as {@code ?search=x}, failing the test
	 * unless it is a 200.
	 */
	Api.Reply listed(String query) {
		Api.Reply reply = list(query);
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		return reply;
	}

	/**
	 * The visibleIds of a list reply's items, in order.
	 */
	static List<Long> visibleIds(Api.Reply list) {
		List<Long> ids = new ArrayList<>();
		list.at("/data").forEach((item) -> ids.add(item.path("visibleId").asLong()));
		return ids;
	}

	/**
	 * The first names of a list reply's items, in order.
	 */
	static List<String> firstNames(Api.Reply list) {
		List<String> names = new ArrayList<>();
		list.at("/data").forEach((item) -> names.add(item.path("firstName").asString()));
		return names;
	}

}
