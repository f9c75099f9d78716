package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
		assertThat(instanceA.isShared()).isTrue();
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

		int removed = instanceB.removeRefilledBuckets();

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
		return new LoginRateLimiter(new AuthProperties(properties.jwt(), properties.bcryptRounds(),
				properties.lockout(), new AuthProperties.RateLimit(CAPACITY, Duration.ofMinutes(1))), pool);
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
