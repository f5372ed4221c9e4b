package dev.contactsapi.security;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Buckets in the {@code rate_limit_buckets} table, shared by every instance on the
 * database: each request takes its token in a short transaction of its own that locks the
 * key's row ({@code SELECT ... FOR UPDATE}), so instances count one limit together.
 * Instances' clocks are assumed to agree within a fraction of a second (NTP).
 *
 * <p>
 * The row's id names the limits as well as the key, so that changing the limits starts
 * fresh buckets instead of reading state written under other limits.
 */
final class PostgresKeyBuckets implements KeyBuckets {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final String setting;

	PostgresKeyBuckets(DataSource dataSource, RateLimitProperties limits) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.build();
		this.configuration = KeyBuckets.configuration(limits);
		this.setting = limits.perMinute() + "/min," + limits.burstPerSecond() + "/s";
	}

	@Override
	public Bucket forKey(long keyId) {
		return this.buckets.builder().build("key " + keyId + " " + this.setting, () -> this.configuration);
	}

}
