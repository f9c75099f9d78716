package com.ayurlahi.jobs;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One execution of a job, with the counts of its steps added up. */
public record JobRun(long executionId, String jobName, String status, @Nullable LocalDateTime startTime,
		@Nullable LocalDateTime endTime, long readCount, long writeCount, long skipCount, String exitDescription) {

	static JobRun of(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		StringBuilder description = new StringBuilder();
		append(description, execution.getExitStatus().getExitDescription());
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
			append(description, step.getExitStatus().getExitDescription());
		}
		return new JobRun(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
				execution.getStartTime(), execution.getEndTime(), read, written, skipped, description.toString());
	}

	private static void append(StringBuilder description, String part) {
		String readable = readable(part);
		if (!readable.isBlank() && description.indexOf(readable) < 0) {
			description.append(description.isEmpty() ? "" : " ").append(readable);
		}
	}

	/**
	 * An exit description as people read it. Spring Batch writes a failure's whole stack
	 * trace into it; that becomes "Failed: " and the message of the first exception in
	 * the trace that our own code threw (it says what failed, e.g. which document could
	 * not be stored), else of the root cause.
	 */
	static String readable(String description) {
		if (!description.contains("\tat ")) {
			return description;
		}
		String ours = null;
		String root = null;
		String first = null;
		for (String line : description.split("\\R")) {
			String header = line.strip().replaceFirst("^(Caused by|Suppressed): ", "");
			int colon = header.indexOf(": ");
			if (header.startsWith("at ") || colon < 0 || !header.substring(0, colon).matches("[\\w.$]+")) {
				continue;
			}
			String message = header.substring(colon + 2);
			first = first == null ? message : first;
			ours = ours == null && header.startsWith("com.ayurlahi.") ? message : ours;
			root = line.startsWith("Caused by: ") ? message : root;
		}
		String told = ours != null ? ours : root != null ? root : first;
		return told == null ? "Failed." : "Failed: " + told;
	}

	public boolean isRunning() {
		return endTime == null;
	}
}
