package com.ayurlahi.invoices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.storage.StorageException;

/**
 * The invoice-generation job, a Spring Batch job of five steps: the tax invoices still
 * owed, then the credit notes whose invoices now exist, the platform's subscription
 * invoices still owed, then the subscription credit notes whose invoices now exist, then
 * last month's commission invoices. Each step reads the ids of what is owed and issues
 * them in chunks, a chunk per transaction (numbers, PDFs kept, invoices recorded), the
 * chunk's PDFs rendered side by side on every core once its documents are numbered. A
 * document that can't be issued as things stand is skipped with its reason on the owed
 * document; storage that can't be reached is tried three times, then the run fails and
 * leaves the rest owed for the next run. Nothing is ever issued twice: each owed document
 * is locked and checked before it is issued. Runs after every capture are not needed (the
 * listener issues at once); the job is the safety net on a schedule, from the admin
 * console and from the API, on one instance at a time (the jobs module's lock).
 */
@Configuration
@EnableConfigurationProperties(InvoiceSettings.class)
class InvoiceGeneration {

	static final String JOB_NAME = "invoice-generation";

	private static final int MAX_PER_RUN = 10_000;

	private static final int RETRIES = 3;

	@Bean
	Job invoiceGenerationJob(JobRepository jobs, Step issueTaxInvoices, Step issueCreditNotes,
			Step issueSubscriptionInvoices, Step issueSubscriptionCreditNotes, Step issueCommissionInvoices) {
		return new JobBuilder(JOB_NAME, jobs).start(issueTaxInvoices)
			.next(issueCreditNotes)
			.next(issueSubscriptionInvoices)
			.next(issueSubscriptionCreditNotes)
			.next(issueCommissionInvoices)
			.build();
	}

	@Bean
	Step issueTaxInvoices(JobRepository jobs, PlatformTransactionManager transactions, InvoiceSettings settings,
			ListItemReader<UUID> owedTaxInvoices, Issuing issuing) {
		return step("issue-tax-invoices", jobs, transactions, settings, owedTaxInvoices, issuing);
	}

	@Bean
	Step issueCreditNotes(JobRepository jobs, PlatformTransactionManager transactions, InvoiceSettings settings,
			ListItemReader<UUID> owedCreditNotes, Issuing issuing) {
		return step("issue-credit-notes", jobs, transactions, settings, owedCreditNotes, issuing);
	}

	@Bean
	Step issueSubscriptionInvoices(JobRepository jobs, PlatformTransactionManager transactions,
			InvoiceSettings settings, ListItemReader<UUID> owedSubscriptionInvoices, Issuing issuing) {
		return step("issue-subscription-invoices", jobs, transactions, settings, owedSubscriptionInvoices, issuing);
	}

	@Bean
	Step issueSubscriptionCreditNotes(JobRepository jobs, PlatformTransactionManager transactions,
			InvoiceSettings settings, ListItemReader<UUID> owedSubscriptionCreditNotes, Issuing issuing) {
		return step("issue-subscription-credit-notes", jobs, transactions, settings, owedSubscriptionCreditNotes,
				issuing);
	}

	@Bean
	Step issueCommissionInvoices(JobRepository jobs, PlatformTransactionManager transactions, InvoiceSettings settings,
			ListItemReader<UUID> owedCommissionInvoices, Issuing issuing) {
		return step("issue-commission-invoices", jobs, transactions, settings, owedCommissionInvoices, issuing);
	}

	private static Step step(String name, JobRepository jobs, PlatformTransactionManager transactions,
			InvoiceSettings settings, ListItemReader<UUID> owed, Issuing issuing) {
		return new StepBuilder(name, jobs).<UUID, UUID>chunk(settings.chunkSize())
			.transactionManager(transactions)
			.reader(owed)
			.writer(issuing)
			.faultTolerant()
			.retry(StorageException.class)
			.retryLimit(RETRIES)
			.skip(InvoiceNotIssuable.class, InvoiceNotReady.class)
			.skipLimit(MAX_PER_RUN)
			.skipListener(issuing)
			.listener(issuing)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<UUID> owedTaxInvoices(OwedDocuments owedDocuments) {
		return new ListItemReader<>(owedDocuments.findOpen(InvoiceKind.TAX_INVOICE, Limit.of(MAX_PER_RUN)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> owedCreditNotes(OwedDocuments owedDocuments) {
		return new ListItemReader<>(owedDocuments.findOpenCreditNotes(Limit.of(MAX_PER_RUN)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> owedSubscriptionInvoices(OwedDocuments owedDocuments) {
		return new ListItemReader<>(owedDocuments.findOpen(InvoiceKind.SUBSCRIPTION_INVOICE, Limit.of(MAX_PER_RUN)));
	}

	@Bean
	@StepScope
	ListItemReader<UUID> owedSubscriptionCreditNotes(OwedDocuments owedDocuments) {
		return new ListItemReader<>(owedDocuments.findOpenSubscriptionCreditNotes(Limit.of(MAX_PER_RUN)));
	}

	/**
	 * Last month's commission invoices, requested first for every manufacturer charged
	 * commission in it.
	 */
	@Bean
	@StepScope
	ListItemReader<UUID> owedCommissionInvoices(OwedDocuments owedDocuments, OwedDocumentRecorder recorder,
			CommissionInvoiceDrafts commission, Clock clock) {
		YearMonth lastMonth = YearMonth.from(LocalDate.ofInstant(clock.instant(), CommissionInvoiceDrafts.INDIA))
			.minusMonths(1);
		recorder.recordCommissionOwed(lastMonth, commission.manufacturersCharged(lastMonth));
		return new ListItemReader<>(owedDocuments.findOpen(InvoiceKind.COMMISSION_INVOICE, Limit.of(MAX_PER_RUN)));
	}

	@Bean
	Issuing issuing(InvoiceIssuer issuer) {
		return new Issuing(issuer);
	}

	/**
	 * Issues the chunk's owed documents in its transaction, numbered in the chunk's
	 * order. Why a document was not issued is noted on its owed once the step is over,
	 * outside the chunk's transaction (which holds the owed document's row lock until it
	 * ends): the reason of a document skipped for its figures, and, when the step fails
	 * (storage down after the retries), the failure on every owed it tried and could not
	 * issue.
	 */
	static class Issuing implements ItemWriter<UUID>, SkipListener<UUID, UUID>, StepExecutionListener {

		private final InvoiceIssuer issuer;

		private final Set<UUID> tried = ConcurrentHashMap.newKeySet();

		private final Map<UUID, String> skipped = new ConcurrentHashMap<>();

		Issuing(InvoiceIssuer issuer) {
			this.issuer = issuer;
		}

		@Override
		public void beforeStep(StepExecution step) {
			tried.clear();
			skipped.clear();
		}

		@Override
		public void write(Chunk<? extends UUID> owedIds) {
			List<UUID> chunk = List.copyOf(owedIds.getItems());
			tried.addAll(chunk);
			issuer.issue(chunk, Actor.system());
		}

		@Override
		public void onSkipInWrite(UUID owedId, Throwable why) {
			if (!(why instanceof InvoiceNotReady)) {
				skipped.put(owedId, String.valueOf(why.getMessage()));
			}
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			skipped.forEach(issuer::recordFailure);
			if (step.getStatus() == BatchStatus.FAILED) {
				String reason = step.getFailureExceptions()
					.stream()
					.map(Issuing::reason)
					.findFirst()
					.orElse("The run failed.");
				tried.stream()
					.filter(owedId -> !skipped.containsKey(owedId))
					.forEach(owedId -> issuer.recordFailure(owedId, reason));
			}
			tried.clear();
			skipped.clear();
			return step.getExitStatus().addExitDescription(summary(step));
		}

		/**
		 * "3 tax invoices issued, 1 skipped (see /admin/invoices)." or nothing when
		 * nothing was owed.
		 */
		private static String summary(StepExecution step) {
			if (step.getWriteCount() == 0 && step.getSkipCount() == 0) {
				return "";
			}
			String documents = step.getStepName().replace("issue-", "").replace('-', ' ');
			if (step.getWriteCount() == 1) {
				documents = documents.substring(0, documents.length() - 1);
			}
			return step.getWriteCount() + " " + documents + " issued"
					+ (step.getSkipCount() == 0 ? "." : ", " + step.getSkipCount() + " skipped (see /admin/invoices).");
		}

		/**
		 * The storage failure behind a failed write (Spring Batch wraps it in its retry
		 * exception), else the error.
		 */
		static String reason(Throwable failure) {
			Deque<Throwable> seen = new ArrayDeque<>(List.of(failure));
			while (!seen.isEmpty()) {
				Throwable next = seen.pop();
				if (next instanceof StorageException || next instanceof InvoiceNotIssuable) {
					return String.valueOf(next.getMessage());
				}
				if (next.getCause() != null) {
					seen.add(next.getCause());
				}
				seen.addAll(List.of(next.getSuppressed()));
			}
			return failure.getClass().getSimpleName() + ": " + failure.getMessage();
		}

	}

	/**
	 * The safety net: every {@code ayurlahi.invoices.sweep-interval}, on one instance at
	 * a time.
	 */
	@Configuration
	static class Schedule {

		private final JobRunner jobs;

		Schedule(JobRunner jobs) {
			this.jobs = jobs;
		}

		@Scheduled(initialDelayString = "${ayurlahi.invoices.sweep-interval}",
				fixedDelayString = "${ayurlahi.invoices.sweep-interval}")
		void run() {
			jobs.run(JOB_NAME);
		}

	}

}
