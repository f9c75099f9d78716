package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;

/**
 * The sign-in records clean-up deletes the lock-out records that count for nothing any
 * more and the refilled rate-limit buckets, and keeps the records of recent failures,
 * current locks and buckets still refilling.
 */
@IntegrationTest
class SignInRecordsCleanUpIT {

	@Autowired
	JobRunner jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oldRecordsGoAndRecentOnesStay() {
		Instant now = Instant.now();
		String forgottenFailures = lockout(now.minus(Duration.ofHours(2)), null);
		String endedLock = lockout(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
		String recentFailures = lockout(now.minus(Duration.ofMinutes(1)), null);
		String lockedNow = lockout(now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(10)));
		String refilledBucket = bucket(now.minus(Duration.ofSeconds(30)));
		String refillingBucket = bucket(now.plus(Duration.ofSeconds(30)));

		JobRun run = jobs.run(SignInRecordsCleanUp.JOB_NAME).orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).contains("old lock-out records", "refilled rate-limit buckets deleted");
		assertThat(run.writeCount()).isGreaterThanOrEqualTo(3);
		assertThat(lockoutsAmong(List.of(forgottenFailures, endedLock, recentFailures, lockedNow)))
			.containsExactlyInAnyOrder(recentFailures, lockedNow);
		assertThat(bucketsAmong(List.of(refilledBucket, refillingBucket))).containsExactly(refillingBucket);
	}

	private String lockout(Instant windowStartedAt, @Nullable Instant lockedUntil) {
		String email = Accounts.uniqueEmail("clean-up");
		jdbc.sql("""
				insert into login_lockouts (email, failed_attempts, window_started_at, locked_until)
				values (:email, 2, :windowStartedAt, :lockedUntil)
				""")
			.param("email", email)
			.param("windowStartedAt", Timestamp.from(windowStartedAt))
			.param("lockedUntil", lockedUntil == null ? null : Timestamp.from(lockedUntil))
			.update();
		return email;
	}

	private String bucket(Instant expiresAt) {
		String id = "test/clean-up/" + Accounts.uniqueEmail("bucket");
		jdbc.sql("insert into login_rate_limit_buckets (id, state, expires_at) values (:id, null, :expiresAt)")
			.param("id", id)
			.param("expiresAt", expiresAt.toEpochMilli())
			.update();
		return id;
	}

	private List<String> lockoutsAmong(List<String> emails) {
		return jdbc.sql("select email from login_lockouts where email in (:emails)")
			.param("emails", emails)
			.query(String.class)
			.list();
	}

	private List<String> bucketsAmong(List<String> ids) {
		return jdbc.sql("select id from login_rate_limit_buckets where id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list();
	}

}
