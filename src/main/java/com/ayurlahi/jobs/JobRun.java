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
        StringBuilder description = new StringBuilder(execution.getExitStatus().getExitDescription());
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
            String stepDescription = step.getExitStatus().getExitDescription();
            if (!stepDescription.isBlank() && description.indexOf(stepDescription) < 0) {
                description.append(description.isEmpty() ? "" : " ").append(stepDescription);
            }
        }
        return new JobRun(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
                execution.getStartTime(), execution.getEndTime(), read, written, skipped,
                description.toString());
    }

    public boolean isRunning() {
        return endTime == null;
    }
}
