package dev.contactsapi.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.contactsapi.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search word too short for the trigram index must never run on a cached generic plan,
 * which would scan the whole index for it (see bench/search.sh).
 */
@ApiTest
class SearchPlanTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void pooledConnectionsPlanEveryExecutionForItsValues() {
		String mode = this.jdbc.sql("show plan_cache_mode").query(String.class).single();

		assertThat(mode).isEqualTo("force_custom_plan");
	}

}
