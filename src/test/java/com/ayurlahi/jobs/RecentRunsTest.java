package com.ayurlahi.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which runs are in progress, and the seconds the jobs page shows for each. */
class RecentRunsTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0, 0);

	@Test
	void aRunThatStartedTwelveSecondsAgoIsInProgressForTwelveSeconds() {
		JobRun running = run(NOW.minusSeconds(12), null);
		RecentRuns recent = recent(running);

		assertThat(recent.inProgress(running)).isTrue();
		assertThat(recent.seconds(running)).isEqualTo(12);
		assertThat(recent.anyInProgress()).isTrue();
	}

	@Test
	void anEndedRunTookFromItsStartToItsEnd() {
		JobRun ended = run(NOW.minusMinutes(5), NOW.minusMinutes(5).plusSeconds(3).plusNanos(900_000_000));
		RecentRuns recent = recent(ended);

		assertThat(recent.inProgress(ended)).isFalse();
		assertThat(recent.seconds(ended)).isEqualTo(3);
		assertThat(recent.anyInProgress()).isFalse();
	}

	@Test
	void aRunCreatedButNotYetStartedIsInProgressWithoutADuration() {
		JobRun starting = run(null, null);
		RecentRuns recent = recent(starting);

		assertThat(recent.inProgress(starting)).isTrue();
		assertThat(recent.seconds(starting)).isNull();
	}

	@Test
	void aRunThatNeverEndedAndIsOlderThanItsLockIsNoLongerInProgress() {
		JobRun abandoned = run(NOW.minus(JobRunner.LOCK_AT_MOST).minusSeconds(1), null);
		JobRun lastMinute = run(NOW.minus(JobRunner.LOCK_AT_MOST).plusSeconds(1), null);
		RecentRuns recent = recent(abandoned, lastMinute);

		assertThat(recent.inProgress(abandoned)).isFalse();
		assertThat(recent.seconds(abandoned)).isNull();
		assertThat(recent.inProgress(lastMinute)).isTrue();
		assertThat(recent.anyInProgress()).isTrue();
		assertThat(recent(abandoned).anyInProgress()).isFalse();
	}

	private static RecentRuns recent(JobRun... runs) {
		return new RecentRuns(Map.of("invoice-generation", List.of(runs)), NOW);
	}

	private static JobRun run(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
		return new JobRun(1, "invoice-generation", end == null ? "STARTED" : "COMPLETED", start, end, 0, 0, 0, "");
	}

}
