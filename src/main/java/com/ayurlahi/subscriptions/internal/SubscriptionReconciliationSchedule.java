package com.ayurlahi.subscriptions.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.jobs.JobRunner;

/**
 * Runs the subscription-reconciliation job every
 * {@code ayurlahi.subscriptions.reconciliation-interval}, on one instance at a time.
 */
@Component
class SubscriptionReconciliationSchedule {

	private final JobRunner jobs;

	SubscriptionReconciliationSchedule(JobRunner jobs) {
		this.jobs = jobs;
	}

	@Scheduled(initialDelayString = "${ayurlahi.subscriptions.reconciliation-interval}",
			fixedDelayString = "${ayurlahi.subscriptions.reconciliation-interval}")
	void run() {
		jobs.run(SubscriptionReconciliation.JOB_NAME);
	}

}
