package com.ayurlahi.disputes.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.jobs.JobRunner;

/**
 * Runs the dispute-escalation job every {@code ayurlahi.disputes.escalation-interval}, on
 * one instance at a time.
 */
@Component
class DisputeEscalationSchedule {

	private final JobRunner jobs;

	DisputeEscalationSchedule(JobRunner jobs) {
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "${ayurlahi.disputes.escalation-interval}",
			fixedDelayString = "${ayurlahi.disputes.escalation-interval}")
	void run() {
		jobs.run(DisputeEscalation.JOB_NAME);
	}

}
