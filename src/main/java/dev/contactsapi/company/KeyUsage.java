package dev.contactsapi.company;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps each key's {@code lastUsedAt} to the minute without a database write per request:
 * this instance writes a key's last use at most once a minute, on the first request after
 * its previous write. The stored time therefore trails the true last use by less than a
 * minute, and a busy key costs each instance one small {@code UPDATE} a minute rather
 * than one per request.
 *
 * <p>
 * Writing on the request (rather than buffering uses and flushing them on a timer) keeps
 * nothing unsaved in memory when an instance stops, at the price of one request a minute
 * per key waiting for that write.
 */
@Component
public class KeyUsage {

	static final Duration PRECISION = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(KeyUsage.class);

	private final ApiKeyStore keys;

	private final Cache<Long, Boolean> recentlyWritten = Caffeine.newBuilder()
		.expireAfterWrite(PRECISION)
		.maximumSize(100_000)
		.build();

	KeyUsage(ApiKeyStore keys) {
		this.keys = keys;
	}

	/**
	 * Notes that the key authenticated a request now; writes it unless this instance
	 * already did so within the last minute.
	 */
	public void recordUse(long keyId) {
		if (this.recentlyWritten.asMap().putIfAbsent(keyId, Boolean.TRUE) != null) {
			return;
		}
		try {
			this.keys.touch(keyId);
		}
		catch (DataAccessException ex) {
			// The request itself may still succeed; the next one tries the write again.
			this.recentlyWritten.invalidate(keyId);
			logger.warn("Could not record the last use of key {}: {}", keyId, ex.getMessage());
		}
	}

}
