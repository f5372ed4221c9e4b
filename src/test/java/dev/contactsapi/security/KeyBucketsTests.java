package dev.contactsapi.security;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.Bucket;

import static org.assertj.core.api.Assertions.assertThat;

class KeyBucketsTests {

	@Test
	void burstsAreCappedPerSecondWithinTheMinutesAllowance() {
		RateLimitProperties limits = new RateLimitProperties(true, 100, 2, RateLimitProperties.Store.MEMORY, 30);
		Bucket bucket = new MemoryKeyBuckets(limits).forKey(1);

		assertThat(bucket.tryConsume(1)).isTrue();
		assertThat(bucket.tryConsume(1)).isTrue();
		assertThat(bucket.tryConsume(1)).isFalse();
		assertThat(new MemoryKeyBuckets(limits).forKey(2).tryConsume(1)).isTrue();
	}

	@Test
	void theMinutesAllowanceIsCappedWhateverTheBurst() {
		RateLimitProperties limits = new RateLimitProperties(true, 5, 100, RateLimitProperties.Store.MEMORY, 30);
		Bucket bucket = new MemoryKeyBuckets(limits).forKey(1);

		assertThat(bucket.tryConsume(5)).isTrue();
		assertThat(bucket.tryConsume(1)).isFalse();
	}

}
