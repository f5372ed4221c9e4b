package dev.contactsapi.security;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limiter's parts, chosen by {@link RateLimitProperties}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	KeyBuckets keyBuckets(RateLimitProperties limits, DataSource dataSource) {
		return switch (limits.store()) {
			case MEMORY -> new MemoryKeyBuckets(limits);
			case POSTGRES -> new PostgresKeyBuckets(dataSource, limits);
		};
	}

	@Bean
	AddressThrottle addressThrottle(RateLimitProperties limits) {
		return new AddressThrottle(limits);
	}

}
