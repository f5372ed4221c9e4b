package dev.contactsapi.security;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * The rate-limit bucket of each API key.
 */
interface KeyBuckets {

	/**
	 * The key's bucket, created full on first use.
	 */
	Bucket forKey(long keyId);

	/**
	 * The contract's two limits: a minute's allowance given back whole at the end of each
	 * minute (so the reset time is exact and a client that waits for it gets the whole
	 * allowance), and a per-second burst allowance refilled continuously.
	 */
	static BucketConfiguration configuration(RateLimitProperties limits) {
		return BucketConfiguration.builder()
			.addLimit((minute) -> minute.capacity(limits.perMinute())
				.refillIntervally(limits.perMinute(), Duration.ofMinutes(1))
				.id("minute"))
			.addLimit((second) -> second.capacity(limits.burstPerSecond())
				.refillGreedy(limits.burstPerSecond(), Duration.ofSeconds(1))
				.id("second"))
			.build();
	}

}
