package dev.contactsapi.contact;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.contactsapi.support.Api;
import dev.contactsapi.support.ApiTest;
import dev.contactsapi.support.TestCompanies;

import static dev.contactsapi.support.ContractErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through one company's five contacts. The contacts are made once; the tests only
 * read them.
 */
@ApiTest
@TestInstance(Lifecycle.PER_CLASS)
class ContactPagingTests {

	private static final int CONTACTS = 5;

	@Autowired
	Api api;

	@Autowired
	TestCompanies companies;

	ContactRequests contacts;

	@BeforeAll
	void companyWithContacts() {
		this.contacts = new ContactRequests(this.api.as(this.companies.create().ownerKey()));
		for (int i = 1; i <= CONTACTS; i++) {
			this.contacts.createdNamed("Contact " + i);
		}
	}

	@Test
	void firstPageOfFiftyByDefault() {
		Api.Reply reply = this.contacts.listed("");

		assertThat(reply.at("/pagination")).isEqualTo(Api.parse("""
				{"total": 5, "limit": 50, "offset": 0, "hasMore": false}"""));
		assertThat(ContactRequests.visibleIds(reply)).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@ParameterizedTest(name = "page={0}&limit={1}")
	@CsvSource({ "1, 2, 0, '1,2', true", "2, 2, 2, '3,4', true", "3, 2, 4, '5', false", "1, 5, 0, '1,2,3,4,5', false",
			"2, 4, 4, '5', false", "1, 100, 0, '1,2,3,4,5', false" })
	void pagesThroughTheContactsByVisibleId(int page, int limit, long offset, String visibleIds, boolean hasMore) {
		Api.Reply reply = this.contacts.listed("?page=" + page + "&limit=" + limit);

		assertThat(ContactRequests.visibleIds(reply))
			.containsExactlyElementsOf(List.of(visibleIds.split(",")).stream().map(Long::valueOf).toList());
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(CONTACTS);
		assertThat(reply.at("/pagination/limit").asInt()).isEqualTo(limit);
		assertThat(reply.at("/pagination/offset").asLong()).isEqualTo(offset);
		assertThat(reply.at("/pagination/hasMore").asBoolean()).isEqualTo(hasMore);
	}

	@ParameterizedTest(name = "page={0}&limit={1}")
	@CsvSource({ "4, 2, 6", "2, 5, 5", "1000, 100, 99900", "21474837, 100, 2147483600" })
	void pagePastTheEndIsEmpty(String page, String limit, long offset) {
		Api.Reply reply = this.contacts.listed("?page=" + page + "&limit=" + limit);

		assertThat(reply.at("/data").isArray()).isTrue();
		assertThat(reply.at("/data").isEmpty()).isTrue();
		assertThat(reply.at("/pagination/total").asLong()).isEqualTo(CONTACTS);
		assertThat(reply.at("/pagination/offset").asLong()).isEqualTo(offset);
		assertThat(reply.at("/pagination/hasMore").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "page=0, page", "page=-1, page", "page=abc, page", "page=1.5, page", "page=, page", "page=+1, page",
			"page=1e2, page", "page=%201, page", "page=99999999999, page", "page=1073741826&limit=2, page",
			"page=2147483649&limit=1, page", "limit=0, limit", "limit=-1, limit", "limit=abc, limit",
			"limit=1.5, limit", "limit=101, limit", "limit=, limit", "limit=99999999999, limit",
			"page=1&page=2, page" })
	void refusesBadPagingNamingTheParameter(String query, String parameter) {
		assertInvalid(this.contacts.list("?" + query), parameter);
	}

}
