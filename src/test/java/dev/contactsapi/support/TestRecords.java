package dev.contactsapi.support;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates the addresses and clients that contacts point at, through the API.
 */
public final class TestRecords {

	private TestRecords() {
	}

	/**
	 * A new address of the caller's company.
	 * @return its id
	 */
	public static long address(Api.Call call) {
		Api.Reply reply = call.post("/addresses/create",
				Api.json(Map.of("street", "123 Main St", "city", "Tel Aviv", "zip", "6100000", "country", "IL")));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.at("/data/id").asLong();
	}

	/**
	 * A new client of the caller's company.
	 * @return its visibleId
	 */
	public static long client(Api.Call call) {
		Api.Reply reply = call.post("/clients/create", Api.json(Map.of("name", "Acme Ltd")));
		assertThat(reply.status()).as(reply.text()).isEqualTo(201);
		return reply.at("/data/visibleId").asLong();
	}

}
