package com.ayurlahi.auth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.auth.AuthProperties;
import com.ayurlahi.jobs.JobRunner;

/**
 * The sign-in records clean-up, a Spring Batch job: deletes the lock-out records that no
 * longer count (their window of failures has passed and any lock has ended: a new failure
 * would start afresh anyway) and the rate limit's buckets that have refilled. It runs
 * every {@code ayurlahi.auth.clean-up-interval} through the jobs module, on one instance
 * at a time; a run after a crash simply deletes what is still old.
 */
@Configuration
class SignInRecordsCleanUp {

	static final String JOB_NAME = "sign-in-records-clean-up";

	@Bean
	Job signInRecordsCleanUpJob(JobRepository jobs, Step purgeOldSignInRecords) {
		return new JobBuilder(JOB_NAME, jobs).start(purgeOldSignInRecords).build();
	}

	@Bean
	Step purgeOldSignInRecords(JobRepository jobs, PlatformTransactionManager transactions, JdbcClient jdbc,
			RateLimitBuckets rateLimits, AuthProperties properties, Clock clock) {
		return new StepBuilder("purge-old-sign-in-records", jobs).tasklet((contribution, context) -> {
			Instant now = clock.instant();
			int lockouts = jdbc.sql("""
					delete from login_lockouts
					 where window_started_at < :windowStart and (locked_until is null or locked_until < :now)
					""")
				.param("windowStart", Timestamp.from(now.minus(properties.lockout().window())))
				.param("now", Timestamp.from(now))
				.update();
			int buckets = rateLimits.removeRefilledBuckets();
			contribution.incrementWriteCount(lockouts + buckets);
			contribution.setExitStatus(contribution.getExitStatus()
				.addExitDescription(
						lockouts + " old lock-out records and " + buckets + " refilled rate-limit buckets deleted."));
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	/** Runs the clean-up on its schedule. */
	@Component
	static class Schedule {

		private final JobRunner jobs;

		Schedule(JobRunner jobs) {
			this.jobs = jobs;
		}

		@Scheduled(initialDelayString = "${ayurlahi.auth.clean-up-interval}",
				fixedDelayString = "${ayurlahi.auth.clean-up-interval}")
		void run() {
			jobs.run(JOB_NAME);
		}

	}

}
