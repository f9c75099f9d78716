package com.ayurlahi.auth.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The token buckets (Bucket4j) of the sign-in and password-reset rate limits.
 * <p>
 * On PostgreSQL they live in the {@code login_rate_limit_buckets} table through
 * Bucket4j's {@code SELECT … FOR UPDATE} proxy manager, so every app instance draws on
 * the same budget; a bucket's row says when it would be full again ({@code expires_at})
 * and the sign-in records clean-up deletes it after that. On another database (the dev
 * profile's embedded H2, which has no {@code ON CONFLICT (…)} for the proxy manager's
 * insert) they live in this instance's memory: development runs one instance.
 * <p>
 * A bucket's key names its limit as well as what it counts, so that changing a limit
 * starts fresh buckets at once instead of keeping the old capacity until they expire.
 */
@Component
class RateLimitBuckets {

	private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

	static final String TABLE = "login_rate_limit_buckets";

	private static final int PURGE_BATCH = 1_000;

	/** Longer than any limit's period: a bucket kept in memory is full again by then. */
	private static final Duration IN_MEMORY_IDLE = Duration.ofDays(1);

	private final Optional<PostgreSQLSelectForUpdateBasedProxyManager<String>> shared;

	private final Cache<String, Bucket> local;

	RateLimitBuckets(DataSource dataSource) {
		if (isPostgreSql(dataSource)) {
			this.shared = Optional.of(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.build());
		}
		else {
			log.info("Sign-in and password-reset rate limits are kept in this instance's memory: "
					+ "the database is not PostgreSQL.");
			this.shared = Optional.empty();
		}
		this.local = Caffeine.newBuilder().expireAfterAccess(IN_MEMORY_IDLE).maximumSize(100_000).build();
	}

	/**
	 * Takes one request from the bucket {@code name} of a limit of {@code capacity}
	 * requests per {@code period}; empty means the request is allowed, otherwise how long
	 * to wait.
	 * @throws org.springframework.dao.DataAccessException when the shared buckets can't
	 * be reached
	 */
	Optional<Duration> take(String name, int capacity, Duration period) {
		String key = capacity + "/" + period + "/" + name;
		BucketConfiguration limit = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
			.build();
		ConsumptionProbe probe;
		try {
			Bucket bucket = shared.<Bucket>map(proxies -> proxies.getProxy(key, () -> limit))
				.orElseGet(
						() -> local.get(key, ignored -> Bucket.builder().addLimit(limit.getBandwidths()[0]).build()));
			probe = bucket.tryConsumeAndReturnRemaining(1);
		}
		catch (BucketExecutionException failed) {
			throw translated(failed);
		}
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Deletes the shared buckets that have refilled (and so hold nothing a new bucket
	 * would not); returns how many.
	 */
	int removeRefilledBuckets() {
		if (shared.isEmpty()) {
			return 0;
		}
		int removed = 0;
		int batch;
		do {
			try {
				batch = shared.get().removeExpired(PURGE_BATCH);
			}
			catch (BucketExecutionException failed) {
				throw translated(failed);
			}
			removed += batch;
		}
		while (batch == PURGE_BATCH);
		return removed;
	}

	/** Whether the buckets are shared by every instance through the database. */
	boolean isShared() {
		return shared.isPresent();
	}

	private static RuntimeException translated(BucketExecutionException failed) {
		if (failed.getCause() instanceof SQLException cause) {
			RuntimeException translated = new SQLExceptionSubclassTranslator().translate("rate limit", null, cause);
			if (translated != null) {
				return translated;
			}
		}
		return failed;
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(JdbcUtils.commonDatabaseName(product));
		}
		catch (MetaDataAccessException unknown) {
			throw new IllegalStateException("Could not tell which database holds the rate limits", unknown);
		}
	}

}
