package com.ayurlahi.auth.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Component;

import com.ayurlahi.auth.AuthProperties;
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
 * A token bucket per client IP address for login requests (Bucket4j), shared by the
 * portal's login form, registration and {@code /api/auth/**}.
 * <p>
 * On PostgreSQL the buckets live in the {@code login_rate_limit_buckets} table through
 * Bucket4j's {@code SELECT … FOR UPDATE} proxy manager, so every app instance draws on
 * the same budget; a bucket's row says when it would be full again ({@code expires_at})
 * and the sign-in records clean-up deletes it after that. On another database (the dev
 * profile's embedded H2, which has no {@code ON CONFLICT (…)} for the proxy manager's
 * insert) the buckets live in this instance's memory: development runs one instance.
 * <p>
 * A bucket's key names the limit as well as the address, so that changing the limit
 * starts fresh buckets at once instead of keeping the old capacity until they expire.
 */
@Component
class LoginRateLimiter {

	private static final Logger log = LoggerFactory.getLogger(LoginRateLimiter.class);

	static final String TABLE = "login_rate_limit_buckets";

	private static final int PURGE_BATCH = 1_000;

	private final String keyPrefix;

	private final Function<String, Bucket> buckets;

	private final Optional<PostgreSQLSelectForUpdateBasedProxyManager<String>> shared;

	LoginRateLimiter(AuthProperties properties, DataSource dataSource) {
		AuthProperties.RateLimit settings = properties.rateLimit();
		this.keyPrefix = settings.capacity() + "/" + settings.period() + "/";
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(settings.capacity()).refillGreedy(settings.capacity(), settings.period()))
			.build();
		if (isPostgreSql(dataSource)) {
			PostgreSQLSelectForUpdateBasedProxyManager<String> proxyManager = Bucket4jPostgreSQL
				.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.build();
			this.shared = Optional.of(proxyManager);
			this.buckets = key -> proxyManager.getProxy(key, () -> configuration);
		}
		else {
			log.info("Sign-in rate limits are kept in this instance's memory: the database is not PostgreSQL.");
			Cache<String, Bucket> local = Caffeine.newBuilder()
				.expireAfterAccess(settings.period().multipliedBy(2))
				.maximumSize(100_000)
				.build();
			this.shared = Optional.empty();
			this.buckets = key -> local.get(key,
					ignored -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
		}
	}

	/**
	 * Takes one request from the IP's bucket; empty means the request is allowed.
	 * @throws org.springframework.dao.DataAccessException when the shared buckets can't
	 * be reached
	 */
	Optional<Duration> retryAfter(String clientIp) {
		ConsumptionProbe probe;
		try {
			probe = buckets.apply(keyPrefix + clientIp).tryConsumeAndReturnRemaining(1);
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
			RuntimeException translated = new SQLExceptionSubclassTranslator().translate("login rate limit", null,
					cause);
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
			throw new IllegalStateException("Could not tell which database holds the sign-in rate limits", unknown);
		}
	}

}
