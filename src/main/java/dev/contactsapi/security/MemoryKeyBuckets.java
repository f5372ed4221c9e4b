package dev.contactsapi.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this instance's memory. A bucket left unused for two minutes is full again
 * anyway, so dropping it forgives nothing.
 */
final class MemoryKeyBuckets implements KeyBuckets {

	private final BucketConfiguration configuration;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(2))
		.maximumSize(1_000_000)
		.build();

	MemoryKeyBuckets(RateLimitProperties limits) {
		this.configuration = KeyBuckets.configuration(limits);
	}

	@Override
	public Bucket forKey(long keyId) {
		return this.buckets.get(keyId, (id) -> {
			LocalBucketBuilder bucket = Bucket.builder();
			for (Bandwidth limit : this.configuration.getBandwidths()) {
				bucket.addLimit(limit);
			}
			return bucket.build();
		});
	}

}
