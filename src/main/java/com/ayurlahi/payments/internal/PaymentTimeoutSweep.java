package com.ayurlahi.payments.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.SweepOutcome;

/**
 * The payment-timeout sweep, a Spring Batch job: it reads the orders that have waited
 * longer than PAYMENT_TIMEOUT for their payment and settles each in its own transaction
 * ({@link PaymentManagement#settleUnpaid}: a last look at Razorpay, then confirm or
 * cancel). Settling is idempotent, so a run after a crash simply reads what is still
 * unpaid. It runs on a schedule through the jobs module, which lets one instance at a
 * time run it ({@link PaymentTimeoutSchedule}).
 */
@Configuration
class PaymentTimeoutSweep {

	static final String JOB_NAME = "payment-timeout-sweep";

	private static final int MAX_ORDERS_PER_RUN = 10_000;

	@Bean
	Job paymentTimeoutSweepJob(JobRepository jobs, Step settleUnpaidOrders) {
		return new JobBuilder(JOB_NAME, jobs).start(settleUnpaidOrders).build();
	}

	@Bean
	Step settleUnpaidOrders(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> unpaidOrders, PaymentManagement payments, PaymentSettings settings, Tally tally) {
		String reason = "Not paid within " + settings.timeout().toMinutes() + " minutes.";
		return new StepBuilder("settle-unpaid-orders", jobs).<UUID, SweepOutcome>chunk(1)
			.transactionManager(transactions)
			.reader(unpaidOrders)
			.processor(orderId -> payments.settleUnpaid(orderId, reason))
			.writer(tally)
			.listener(tally)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> unpaidOrders(OrderManagement orders, PaymentSettings settings, Clock clock) {
		return new ListItemReader<>(
				orders.awaitingPaymentSince(clock.instant().minus(settings.timeout()), MAX_ORDERS_PER_RUN));
	}

	@Bean
	@StepScope
	Tally tally() {
		return new Tally();
	}

	/** Counts what the sweep did and says it in the run's exit description. */
	static class Tally implements ItemWriter<SweepOutcome>, StepExecutionListener {

		private final Map<SweepOutcome, Integer> counts = new EnumMap<>(SweepOutcome.class);

		@Override
		public void write(Chunk<? extends SweepOutcome> outcomes) {
			outcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			String summary = counts.isEmpty() ? "No order waited too long."
					: counts.entrySet()
						.stream()
						.map(count -> count.getValue() + " " + count.getKey().name().toLowerCase().replace('_', ' '))
						.collect(Collectors.joining(", ")) + ".";
			return step.getExitStatus().addExitDescription(summary);
		}

	}

}
