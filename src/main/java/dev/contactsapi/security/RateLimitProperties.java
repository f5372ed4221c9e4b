package dev.contactsapi.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits, set as {@code contacts.rate-limit.*}.
 *
 * @param enabled whether requests are limited at all; off only for measurements
 * @param perMinute requests a key may make per minute, counted in windows of a minute
 * starting at the key's first request
 * @param burstPerSecond requests a key may make within one second
 * @param store where the keys' buckets live: {@code postgres} (the default) shares each
 * key's limit among all instances on the database; {@code memory} keeps them in this
 * instance only, which is cheaper but multiplies the limit by the number of instances
 * @param unauthenticatedPerMinute requests without a valid key that one client address
 * may make per minute before it is answered 429 instead of 401, counted by each instance
 */
@Validated
@ConfigurationProperties("contacts.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("100") @Positive long perMinute,
		@DefaultValue("20") @Positive long burstPerSecond, @DefaultValue("postgres") @NotNull Store store,
		@DefaultValue("30") @Positive long unauthenticatedPerMinute) {

	/**
	 * Where buckets are kept.
	 */
	enum Store {

		/** In this instance's memory: one limit per key per instance. */
		MEMORY,
		/** In PostgreSQL: one limit per key across all instances. */
		POSTGRES

	}

}
