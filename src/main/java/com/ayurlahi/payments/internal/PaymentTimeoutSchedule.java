package com.ayurlahi.payments.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.jobs.JobRunner;

/**
 * Runs the payment-timeout sweep every {@code ayurlahi.payments.sweep-interval}, on one
 * instance at a time.
 */
@Component
class PaymentTimeoutSchedule {

	private final JobRunner jobs;

	PaymentTimeoutSchedule(JobRunner jobs) {
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "${ayurlahi.payments.sweep-interval}",
			fixedDelayString = "${ayurlahi.payments.sweep-interval}")
	void run() {
		jobs.run(PaymentTimeoutSweep.JOB_NAME);
	}

}
