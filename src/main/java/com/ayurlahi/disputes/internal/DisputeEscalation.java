package com.ayurlahi.disputes.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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

import com.ayurlahi.disputes.DisputeDecisions;
import com.ayurlahi.disputes.DisputeQueries;

/**
 * The dispute-escalation job, a Spring Batch job: it reads the disputes whose
 * manufacturer let the deadline pass and sends each to the team in its own transaction
 * ({@link DisputeDecisions#escalateIfOverdue}), which looks again under the dispute's
 * lock, so a run after a crash, or a dispute answered meanwhile, changes nothing twice.
 * It runs on a schedule through the jobs module, one instance at a time
 * ({@link DisputeEscalationSchedule}).
 */
@Configuration
class DisputeEscalation {

	static final String JOB_NAME = "dispute-escalation";

	private static final int MAX_DISPUTES_PER_RUN = 10_000;

	@Bean
	Job disputeEscalationJob(JobRepository jobs, Step escalateOverdueDisputes) {
		return new JobBuilder(JOB_NAME, jobs).start(escalateOverdueDisputes).build();
	}

	@Bean
	Step escalateOverdueDisputes(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> overdueDisputes, DisputeDecisions decisions, EscalationTally escalationTally) {
		return new StepBuilder("escalate-overdue-disputes", jobs).<UUID, Boolean>chunk(1)
			.transactionManager(transactions)
			.reader(overdueDisputes)
			.processor(decisions::escalateIfOverdue)
			.writer(escalationTally)
			.listener(escalationTally)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> overdueDisputes(DisputeQueries disputes) {
		return new ListItemReader<>(disputes.overdue(MAX_DISPUTES_PER_RUN));
	}

	@Bean
	@StepScope
	EscalationTally escalationTally() {
		return new EscalationTally();
	}

	/** Counts the disputes escalated and says so in the run's exit description. */
	static class EscalationTally implements ItemWriter<Boolean>, StepExecutionListener {

		private final AtomicInteger escalated = new AtomicInteger();

		@Override
		public void write(Chunk<? extends Boolean> outcomes) {
			outcomes.forEach(outcome -> {
				if (outcome) {
					escalated.incrementAndGet();
				}
			});
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			int count = escalated.get();
			return step.getExitStatus()
				.addExitDescription(count == 0 ? "No dispute was overdue."
						: count + (count == 1 ? " dispute" : " disputes") + " sent to the team.");
		}

	}

}
