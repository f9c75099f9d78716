package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.auth.AuthProperties;
import com.ayurlahi.auth.RecoverySettings;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Two rate limiters, each with its own connection pool as two app instances have, on one
 * PostgreSQL database: they draw on one budget per address, also when requests race, and
 * the clean-up deletes the buckets that have refilled and keeps the others.
 */
@IntegrationTest
class SharedLoginRateLimitIT {

	private static final int CAPACITY = 5;

	@Autowired
	AuthProperties properties;

	@Autowired
	JdbcClient jdbc;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private LoginRateLimiter instanceA;

	private LoginRateLimiter instanceB;

	@BeforeEach
	void twoInstances() {
		instanceA = limiter();
		instanceB = limiter();
	}

	@AfterEach
	void closePools() {
		pools.forEach(HikariDataSource::close);
	}

	@Test
	void twoInstancesShareOneBudgetPerAddress() {
		String address = "198.51.100.1";
		for (int request = 1; request <= CAPACITY; request++) {
			LoginRateLimiter instance = request % 2 == 0 ? instanceA : instanceB;
			assertThat(instance.retryAfter(address)).as("request %d", request).isEmpty();
		}

		Optional<Duration> onA = instanceA.retryAfter(address);
		Optional<Duration> onB = instanceB.retryAfter(address);

		assertThat(onA)
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(onB).isPresent();
		assertThat(instanceB.retryAfter("198.51.100.2")).isEmpty();
	}

	@Test
	void racingRequestsOnBothInstancesAreAllCounted() throws Exception {
		String address = "198.51.100.3";
		List<Callable<Boolean>> requests = new ArrayList<>();
		for (int request = 0; request < 4 * CAPACITY; request++) {
			LoginRateLimiter instance = request % 2 == 0 ? instanceA : instanceB;
			requests.add(() -> instance.retryAfter(address).isEmpty());
		}

		long allowed;
		try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
			allowed = threads.invokeAll(requests).stream().filter(SharedLoginRateLimitIT::allowed).count();
		}

		assertThat(allowed).isEqualTo(CAPACITY);
	}

	@Test
	void passwordResetRequestsForAnAddressShareOneBudgetAcrossInstancesAndStoreNoAddress() {
		RecoverySettings settings = new RecoverySettings("http://localhost", Duration.ofMinutes(30), 3, 10,
				Duration.ofHours(1));
		ResetRateLimiter resetsOnA = new ResetRateLimiter(settings, new RateLimitBuckets(pools.get(0)));
		ResetRateLimiter resetsOnB = new ResetRateLimiter(settings, new RateLimitBuckets(pools.get(1)));
		String email = "shared.reset." + System.nanoTime() + "@example.in";

		assertThat(resetsOnA.retryAfter(email, "198.51.100.21")).isEmpty();
		assertThat(resetsOnB.retryAfter(email.toUpperCase(Locale.ROOT), "198.51.100.22")).isEmpty();
		assertThat(resetsOnA.retryAfter(email, "198.51.100.23")).isEmpty();
		Optional<Duration> fourth = resetsOnB.retryAfter(email, "198.51.100.24");

		assertThat(fourth).as("3 an hour per address, whichever instance is asked")
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
		assertThat(jdbc.sql("select count(*) from login_rate_limit_buckets where id like :email")
			.param("email", "%" + email + "%")
			.query(Long.class)
			.single()).as("the address is stored as its hash").isZero();
	}

	@Test
	void theCleanUpDeletesRefilledBucketsAndKeepsTheOthers() {
		String address = "198.51.100.4";
		instanceA.retryAfter(address);
		String live = key(address);
		assertThat(expiresAt(live)).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(2)));
		String refilled = "test/refilled/" + Instant.now().toEpochMilli();
		jdbc.sql("insert into login_rate_limit_buckets (id, state, expires_at) values (:id, null, :expiresAt)")
			.param("id", refilled)
			.param("expiresAt", Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli())
			.update();

		int removed = new RateLimitBuckets(pools.getLast()).removeRefilledBuckets();

		assertThat(removed).isGreaterThanOrEqualTo(1);
		assertThat(count(refilled)).isZero();
		assertThat(count(live)).isOne();
	}

	private LoginRateLimiter limiter() {
		TestDatabase database = TestDatabase.get(TestDatabase.SHARED);
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.url());
		pool.setUsername(database.username());
		pool.setPassword(database.password());
		pool.setMaximumPoolSize(3);
		pools.add(pool);
		RateLimitBuckets buckets = new RateLimitBuckets(pool);
		assertThat(buckets.isShared()).isTrue();
		return new LoginRateLimiter(new AuthProperties(properties.jwt(), properties.bcryptRounds(),
				properties.lockout(), new AuthProperties.RateLimit(CAPACITY, Duration.ofMinutes(1))), buckets);
	}

	private static String key(String address) {
		return CAPACITY + "/" + Duration.ofMinutes(1) + "/" + address;
	}

	private Instant expiresAt(String key) {
		return Instant.ofEpochMilli(jdbc.sql("select expires_at from login_rate_limit_buckets where id = :id")
			.param("id", key)
			.query(Long.class)
			.single());
	}

	private long count(String key) {
		return jdbc.sql("select count(*) from login_rate_limit_buckets where id = :id")
			.param("id", key)
			.query(Long.class)
			.single();
	}

	private static boolean allowed(Future<Boolean> outcome) {
		try {
			return outcome.get();
		}
		catch (Exception failed) {
			throw new IllegalStateException(failed);
		}
	}

}
