package com.ayurlahi.payments.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.payments.refunds.RefundSubmission;
import com.ayurlahi.payments.transfers.PayoutTransferSubmission;

/**
 * The gateway-retries job, a Spring Batch job: it makes again the Razorpay calls that
 * failed because Razorpay was out of reach, once each one's next try is due
 * ({@link com.ayurlahi.payments.gateway.GatewayRetry}) — refunds to hand over, then
 * payout transfers to set up or release. Each is done as the team's "Try again" does it:
 * under the refund's or transfer's lock, after looking at Razorpay for the one a crash
 * left unrecorded, so that nothing is made twice; a call that fails again is given its
 * next try, or left for the team. It runs every
 * {@code ayurlahi.payments.gateway-retry.interval} through the jobs module, which lets
 * one instance at a time run it.
 */
@Configuration
class GatewayRetrySweep {

	static final String JOB_NAME = "gateway-retries";

	private static final int MAX_PER_RUN = 1_000;

	@Bean
	Job gatewayRetriesJob(JobRepository jobs, Step retryDueRefunds, Step retryDueTransfers) {
		return new JobBuilder(JOB_NAME, jobs).start(retryDueRefunds).next(retryDueTransfers).build();
	}

	@Bean
	Step retryDueRefunds(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> refundsDueForRetry, RefundSubmission refunds, Retried retriedRefunds) {
		return new StepBuilder("retry-due-refunds", jobs).<UUID, UUID>chunk(1)
			.transactionManager(transactions)
			.reader(refundsDueForRetry)
			.processor(refundId -> {
				refunds.submit(refundId);
				return refundId;
			})
			.writer(retriedRefunds)
			.listener(retriedRefunds)
			.build();
	}

	@Bean
	Step retryDueTransfers(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> transfersDueForRetry, PayoutTransferSubmission transfers, Retried retriedTransfers) {
		return new StepBuilder("retry-due-transfers", jobs).<UUID, UUID>chunk(1)
			.transactionManager(transactions)
			.reader(transfersDueForRetry)
			.processor(transferId -> {
				transfers.advance(transferId);
				return transferId;
			})
			.writer(retriedTransfers)
			.listener(retriedTransfers)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> refundsDueForRetry(RefundSubmission refunds, Clock clock) {
		return new ListItemReader<>(refunds.dueForRetry(clock.instant(), MAX_PER_RUN));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> transfersDueForRetry(PayoutTransferSubmission transfers, Clock clock) {
		return new ListItemReader<>(transfers.dueForRetry(clock.instant(), MAX_PER_RUN));
	}

	@Bean
	@StepScope
	Retried retriedRefunds() {
		return new Retried("refund");
	}

	@Bean
	@StepScope
	Retried retriedTransfers() {
		return new Retried("payout transfer");
	}

	/** Counts what the step tried again and says it in the run's exit description. */
	static class Retried implements ItemWriter<UUID>, StepExecutionListener {

		private final String what;

		private int count;

		Retried(String what) {
			this.what = what;
		}

		@Override
		public void write(Chunk<? extends UUID> ids) {
			count += ids.size();
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			String summary = switch (count) {
				case 0 -> "No " + what + " was due to be tried again.";
				case 1 -> "1 " + what + " tried again at Razorpay.";
				default -> count + " " + what + "s tried again at Razorpay.";
			};
			return step.getExitStatus().addExitDescription(summary);
		}

	}

	/**
	 * Runs the job every {@code ayurlahi.payments.gateway-retry.interval}, on one
	 * instance at a time.
	 */
	@Component
	static class Schedule {

		private final JobRunner jobs;

		Schedule(JobRunner jobs) {
			this.jobs = jobs;
		}

		@Scheduled(initialDelayString = "${ayurlahi.payments.gateway-retry.interval}",
				fixedDelayString = "${ayurlahi.payments.gateway-retry.interval}")
		void run() {
			jobs.run(JOB_NAME);
		}

	}

}
