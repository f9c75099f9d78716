package com.ayurlahi.jobs;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two jobs that behave as a test says: {@value #GATED} reads three items and, writing the
 * first, waits at its {@link Gate} until the test opens it (then completes, or fails when
 * told to); {@value #REFUSING} refuses every set of parameters, so it can never be
 * started.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestJobs {

	static final String GATED = "gated-test-job";
	static final String REFUSING = "refusing-test-job";

	@Bean
	Gate gate() {
		return new Gate();
	}

	@Bean
	Job gatedTestJob(JobRepository jobs, PlatformTransactionManager transactions, ListItemReader<Integer> threeItems,
			Gate gate) {
		return new JobBuilder(GATED, jobs)
			.start(new StepBuilder("wait-at-the-gate", jobs).<Integer, Integer>chunk(1)
				.transactionManager(transactions)
				.reader(threeItems)
				.writer(items -> gate.pass())
				.build())
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<Integer> threeItems() {
		return new ListItemReader<>(List.of(1, 2, 3));
	}

	@Bean
	Job refusingTestJob(JobRepository jobs, PlatformTransactionManager transactions) {
		return new JobBuilder(REFUSING, jobs).validator(parameters -> {
			throw new InvalidJobParametersException("This job takes no run.");
		})
			.start(new StepBuilder("never", jobs)
				.tasklet((contribution, context) -> RepeatStatus.FINISHED, transactions)
				.build())
			.build();
	}

	/** Where the gated job waits for the test; {@link #close} before each run. */
	static final class Gate {

		private volatile CountDownLatch reached = new CountDownLatch(1);

		private volatile CountDownLatch opened = new CountDownLatch(1);

		private volatile boolean failing;

		/**
		 * Makes the next run wait here, then complete (or fail, when {@code thenFail})
		 * once opened.
		 */
		void close(boolean thenFail) {
			failing = thenFail;
			reached = new CountDownLatch(1);
			opened = new CountDownLatch(1);
		}

		void open() {
			opened.countDown();
		}

		/** Whether a run reached the gate within ten seconds. */
		boolean reached() throws InterruptedException {
			return reached.await(10, TimeUnit.SECONDS);
		}

		private void pass() throws InterruptedException {
			reached.countDown();
			if (!opened.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The test never opened the gate.");
			}
			if (failing) {
				throw new IllegalStateException("Told to fail by the test.");
			}
		}

	}

}
