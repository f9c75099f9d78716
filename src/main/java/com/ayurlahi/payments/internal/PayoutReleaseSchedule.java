package com.ayurlahi.payments.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.jobs.JobRunner;

/**
 * Runs the payout-release job every {@code ayurlahi.payments.payout-release-interval}, on
 * one instance at a time.
 */
@Component
class PayoutReleaseSchedule {

	private final JobRunner jobs;

	PayoutReleaseSchedule(JobRunner jobs) {
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "${ayurlahi.payments.payout-release-interval}",
			fixedDelayString = "${ayurlahi.payments.payout-release-interval}")
	void run() {
		jobs.run(PayoutReleaseSweep.JOB_NAME);
	}

}
