package dev.contactsapi.security;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Slows down key guessing: each client address may make a few requests a minute without a
 * valid key; past that, every request from it that needs a key is answered 429, valid key
 * or not (so that the answer tells a guesser nothing), until its allowance refills.
 *
 * <p>
 * The count is kept in each instance's memory, not shared: it is a brake on abuse, not a
 * promise to clients, and sharing it would cost every request a database round trip. With
 * several instances a guesser gets that many times the allowance, which is still slow.
 * Behind a reverse proxy, set {@code server.forward-headers-strategy} so that the
 * client's address is the one counted.
 */
final class AddressThrottle {

	private final RateLimitProperties limits;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(2))
		.maximumSize(100_000)
		.build();

	AddressThrottle(RateLimitProperties limits) {
		this.limits = limits;
	}

	/**
	 * How long the address must wait, when it has spent its allowance; empty when it may
	 * go on.
	 */
	Optional<Duration> blockedFor(String address) {
		Bucket bucket = this.limits.enabled() ? this.buckets.getIfPresent(address) : null;
		if (bucket == null) {
			return Optional.empty();
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Counts a request from the address that had no valid key.
	 * @return how long the address must now wait, when this request was over its
	 * allowance; empty when it was within it
	 */
	Optional<Duration> recordFailure(String address) {
		if (!this.limits.enabled()) {
			return Optional.empty();
		}
		ConsumptionProbe probe = this.buckets.get(address, (key) -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		long allowance = this.limits.unauthenticatedPerMinute();
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(allowance).refillGreedy(allowance, Duration.ofMinutes(1)))
			.build();
	}

}
