package com.ayurlahi.subscriptions.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.internal.Reconciler.Outcome;

/**
 * The subscription-reconciliation job, a Spring Batch job of five steps, each reading the
 * ids of what it has to look at and handling each subscription on its own
 * ({@link Reconciler}: Razorpay's calls outside any transaction, every change under the
 * subscription's lock, so a run after a crash, a second run or a webhook applied
 * meanwhile changes nothing twice):
 * <ol>
 * <li>subscriptions Razorpay was never asked to make (a failed call, a crash) are
 * made;</li>
 * <li>subscriptions not authorised within {@code authorisation-timeout} are given up (and
 * cancelled at Razorpay);</li>
 * <li>subscriptions not heard from for {@code reconcile-after} are fetched from Razorpay:
 * status, cycle, and every charge no webhook reported (lost webhooks);</li>
 * <li>past-due subscriptions whose grace period has ended are restricted;</li>
 * <li>Razorpay is told to cancel what it still has to be told.</li>
 * </ol>
 * Trials need nothing: a trial is not a record but a clinic's age
 * ({@link com.ayurlahi.subscriptions.Entitlements}), so it ends by itself. Invoices still
 * owed for charges are the invoice-generation job's. It runs every
 * {@code reconciliation-interval} through the jobs module, one instance at a time
 * ({@link SubscriptionReconciliationSchedule}), and from the admin console's jobs page.
 */
@Configuration
class SubscriptionReconciliation {

	static final String JOB_NAME = "subscription-reconciliation";

	private static final int MAX_PER_STEP = 10_000;

	/**
	 * A subscription younger than this may still be being made by the clinic's request.
	 */
	private static final Duration MAKING_GRACE = Duration.ofMinutes(5);

	private static final List<SubscriptionStatus> HEARD_FROM_RAZORPAY = List.of(SubscriptionStatus.CREATED,
			SubscriptionStatus.AUTHENTICATED, SubscriptionStatus.ACTIVE, SubscriptionStatus.PAST_DUE,
			SubscriptionStatus.RESTRICTED);

	@Bean
	Job subscriptionReconciliationJob(JobRepository jobs, Step makeUnmadeSubscriptions,
			Step expireUnauthorisedSubscriptions, Step syncSilentSubscriptions, Step restrictAfterGrace,
			Step sendGatewayCancellations, Tally reconciliationTally) {
		return new JobBuilder(JOB_NAME, jobs).listener(reconciliationTally)
			.start(makeUnmadeSubscriptions)
			.next(expireUnauthorisedSubscriptions)
			.next(syncSilentSubscriptions)
			.next(restrictAfterGrace)
			.next(sendGatewayCancellations)
			.build();
	}

	@Bean
	Step makeUnmadeSubscriptions(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> unmadeSubscriptions, Reconciler reconciler, Tally reconciliationTally) {
		return step("make-unmade-subscriptions", jobs, transactions, unmadeSubscriptions, reconciler::make,
				reconciliationTally);
	}

	@Bean
	Step expireUnauthorisedSubscriptions(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> unauthorisedSubscriptions, Reconciler reconciler, Tally reconciliationTally) {
		return step("expire-unauthorised-subscriptions", jobs, transactions, unauthorisedSubscriptions,
				reconciler::expire, reconciliationTally);
	}

	@Bean
	Step syncSilentSubscriptions(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> silentSubscriptions, Reconciler reconciler, Tally reconciliationTally) {
		return step("sync-silent-subscriptions", jobs, transactions, silentSubscriptions, reconciler::sync,
				reconciliationTally);
	}

	@Bean
	Step restrictAfterGrace(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> pastDueBeyondGrace, Reconciler reconciler, Tally reconciliationTally) {
		return step("restrict-after-grace", jobs, transactions, pastDueBeyondGrace, reconciler::restrict,
				reconciliationTally);
	}

	@Bean
	Step sendGatewayCancellations(JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> cancellationsDue, Reconciler reconciler, Tally reconciliationTally) {
		return step("send-gateway-cancellations", jobs, transactions, cancellationsDue, reconciler::cancelAtGateway,
				reconciliationTally);
	}

	private static Step step(String name, JobRepository jobs, PlatformTransactionManager transactions,
			ListItemReader<UUID> reader, Function<UUID, Outcome> work, Tally tally) {
		return new StepBuilder(name, jobs).<UUID, Outcome>chunk(1)
			.transactionManager(transactions)
			.reader(reader)
			.processor(work::apply)
			.writer(tally)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> unmadeSubscriptions(Subscriptions subscriptions, Clock clock) {
		return new ListItemReader<>(
				subscriptions.notMadeSince(clock.instant().minus(MAKING_GRACE), Limit.of(MAX_PER_STEP)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> unauthorisedSubscriptions(Subscriptions subscriptions, SubscriptionSettings settings,
			Clock clock) {
		return new ListItemReader<>(subscriptions.waitingSince(clock.instant().minus(settings.authorisationTimeout()),
				Limit.of(MAX_PER_STEP)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> silentSubscriptions(Subscriptions subscriptions, SubscriptionSettings settings, Clock clock) {
		return new ListItemReader<>(subscriptions.silentSince(HEARD_FROM_RAZORPAY,
				clock.instant().minus(settings.reconcileAfter()), Limit.of(MAX_PER_STEP)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> pastDueBeyondGrace(Subscriptions subscriptions, SubscriptionSettings settings, Clock clock) {
		return new ListItemReader<>(
				subscriptions.pastDueSince(clock.instant().minus(settings.grace()), Limit.of(MAX_PER_STEP)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> cancellationsDue(Subscriptions subscriptions) {
		return new ListItemReader<>(subscriptions.cancelDue(Limit.of(MAX_PER_STEP)));
	}

	@Bean
	@JobScope
	Tally reconciliationTally() {
		return new Tally();
	}

	/** Counts what the run did and says it in the run's exit description. */
	static class Tally implements ItemWriter<Outcome>, JobExecutionListener {

		private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

		@Override
		public synchronized void write(Chunk<? extends Outcome> outcomes) {
			outcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
		}

		@Override
		public synchronized void afterJob(JobExecution job) {
			counts.remove(Outcome.UNCHANGED);
			String summary = counts.isEmpty() ? "Every subscription was up to date."
					: counts.entrySet()
						.stream()
						.map(count -> count.getValue() + " " + count.getKey().label())
						.collect(Collectors.joining(", ", "", "."));
			job.setExitStatus(job.getExitStatus().addExitDescription(summary));
		}

	}

}
