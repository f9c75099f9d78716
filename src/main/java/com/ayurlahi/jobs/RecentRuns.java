package com.ayurlahi.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The latest runs of each job, newest first, as they stood {@code at} (in the JVM's local
 * time, like the runs' own times): which are still in progress and how long each took or
 * has taken so far.
 */
public record RecentRuns(Map<String, List<JobRun>> byJob, LocalDateTime at) {

	/**
	 * Whether the run has not ended and is younger than the longest a run may hold its
	 * lock. A run whose instance died never records an end, but its lock expired long ago
	 * and another run may have taken over since.
	 */
	public boolean inProgress(JobRun run) {
		LocalDateTime started = run.startTime();
		return run.isRunning()
				&& (started == null || Duration.between(started, at).compareTo(JobRunner.LOCK_AT_MOST) < 0);
	}

	public boolean anyInProgress() {
		return byJob.values().stream().flatMap(List::stream).anyMatch(this::inProgress);
	}

	/**
	 * Whole seconds from the run's start to its end, or to now while it is in progress;
	 * null when unknown.
	 */
	public @Nullable Long seconds(JobRun run) {
		LocalDateTime started = run.startTime();
		LocalDateTime until = run.endTime() != null ? run.endTime() : inProgress(run) ? at : null;
		return started == null || until == null ? null : Math.max(0, Duration.between(started, until).toSeconds());
	}
}
