package com.ayurlahi.payments.internal;

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
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.payments.transfers.PayoutRelease;

/**
 * The payout-release job, a Spring Batch job: it reads the payout transfers whose order's
 * dispute window has closed and that no dispute holds, and makes each one's release due
 * in its own transaction ({@link PayoutRelease#releaseIfWindowClosed}); the Razorpay call
 * that lifts the hold follows after commit, from the event publication registry. A
 * transfer whose release is due is not read again, and each step looks at the locked
 * transfer again, so a run after a crash picks up what is left and two runs release each
 * payout once. It runs on a schedule through the jobs module, which lets one instance at
 * a time run it ({@link PayoutReleaseSchedule}).
 */
@Configuration
class PayoutReleaseSweep {

	static final String JOB_NAME = "payout-release";

	private static final int MAX_TRANSFERS_PER_RUN = 10_000;

	@Bean
	Job payoutReleaseJob(JobRepository jobs, Step releaseDuePayouts) {
		return new JobBuilder(JOB_NAME, jobs).start(releaseDuePayouts).build();
	}

	@Bean
	Step releaseDuePayouts(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> payoutsPastTheirWindow, PayoutRelease releases, Released released) {
		return new StepBuilder("release-due-payouts", jobs).<UUID, UUID>chunk(1)
			.transactionManager(transactions)
			.reader(payoutsPastTheirWindow)
			.processor(transferId -> releases.releaseIfWindowClosed(transferId) ? transferId : null)
			.writer(released)
			.listener(released)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> payoutsPastTheirWindow(PayoutRelease releases) {
		return new ListItemReader<>(releases.windowClosed(MAX_TRANSFERS_PER_RUN));
	}

	@Bean
	@StepScope
	Released released() {
		return new Released();
	}

	/**
	 * Counts the payouts whose release the run made due and says it in the run's exit
	 * description.
	 */
	static class Released implements ItemWriter<UUID>, StepExecutionListener {

		private int count;

		@Override
		public void write(Chunk<? extends UUID> transferIds) {
			count += transferIds.size();
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			String summary = switch (count) {
				case 0 -> "No payout was due for release.";
				case 1 -> "1 payout released.";
				default -> count + " payouts released.";
			};
			return step.getExitStatus().addExitDescription(summary);
		}

	}

}
