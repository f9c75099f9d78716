package com.ayurlahi.invoices;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Limit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.PaymentCaptured;
import com.ayurlahi.payments.RefundProcessed;
import com.ayurlahi.storage.StorageException;
import com.ayurlahi.subscriptions.SubscriptionChargeRefunded;
import com.ayurlahi.subscriptions.SubscriptionCharged;

/**
 * Records the documents the platform owes as the payments module (captures, refunds) and
 * the subscriptions module (subscription charges, their refunds) report their facts, and
 * issues them at once. The owed document is committed before it is tried, so a document
 * that fails now (storage down, say) is still owed, and the invoice-generation job issues
 * it later. Listeners run after the payment's transaction commits, in the background,
 * through Spring Modulith's event publication registry (delivered again after a crash),
 * outside any transaction of their own: recording the document and issuing it are two
 * transactions, so that a failed issue never takes the record with it. An event delivered
 * again finds its document recorded (by its key) and issued, and changes nothing.
 * <p>
 * Tax invoices and subscription invoices, which come in bursts (a sale, the first of the
 * month's renewals), are not issued by their own listener but by a drain of their series
 * queued behind it on the documents lane: one drain at a time per series is queued, and
 * it issues everything its series owes by then in batches of the job's chunk size (one
 * transaction, one hold of the series and one side-by-side render per batch), so ten
 * thousand captures recorded one by one are issued a batch at a time. Credit notes, rarer
 * and each waiting for its invoice, are issued one by one.
 */
@Component
class OwedDocumentRecorder {

	private static final Logger log = LoggerFactory.getLogger(OwedDocumentRecorder.class);

	private final OwedDocuments owedDocuments;

	private final InvoiceIssuer issuer;

	private final OrderManagement orders;

	private final TransactionTemplate transaction;

	private final InvoiceSettings settings;

	private final TaskExecutor documentsLane;

	private final Clock clock;

	/** The series whose drain is queued and not yet started. */
	private final Set<String> drainsQueued = ConcurrentHashMap.newKeySet();

	OwedDocumentRecorder(OwedDocuments owedDocuments, InvoiceIssuer issuer, OrderManagement orders,
			PlatformTransactionManager transactions, InvoiceSettings settings,
			@Qualifier(Lanes.DOCUMENTS) TaskExecutor documentsLane, Clock clock) {
		this.owedDocuments = owedDocuments;
		this.issuer = issuer;
		this.orders = orders;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.documentsLane = documentsLane;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.DOCUMENTS)
	void on(PaymentCaptured captured) {
		UUID manufacturerId = orders.find(captured.orderId()).manufacturerId();
		record(OwedDocument.taxInvoiceKey(captured.orderId()), () -> OwedDocument.taxInvoice(captured.orderId(),
				manufacturerId, captured.paymentId(), captured.amount(), captured.at(), clock.instant()));
		drainLater("tax-invoices/" + manufacturerId, () -> drainTaxInvoices(manufacturerId));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.DOCUMENTS)
	void on(RefundProcessed refunded) {
		UUID manufacturerId = orders.find(refunded.orderId()).manufacturerId();
		UUID owedId = record(OwedDocument.creditNoteKey(refunded.refundId()),
				() -> OwedDocument.creditNote(refunded.refundId(), refunded.orderId(), manufacturerId,
						refunded.paymentId(), refunded.orderItemId(), refunded.amount(), refunded.at(),
						clock.instant()));
		tryIssue(owedId, Actor.system());
	}

	/**
	 * The platform's tax invoice of a clinic's subscription charge, then the credit notes
	 * of refunds of it that were waiting for it.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.DOCUMENTS)
	void on(SubscriptionCharged charged) {
		record(OwedDocument.subscriptionInvoiceKey(charged.chargeId()),
				() -> OwedDocument.subscriptionInvoice(charged.chargeId(), charged.clinicId(), charged.amount(),
						charged.chargedAt(), clock.instant()));
		drainLater("subscription-invoices", this::drainSubscriptionInvoices);
	}

	/** The platform's credit note of a refund of a subscription charge. */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.DOCUMENTS)
	void on(SubscriptionChargeRefunded refunded) {
		UUID owedId = record(OwedDocument.subscriptionCreditNoteKey(refunded.refundId()),
				() -> OwedDocument.subscriptionCreditNote(refunded.refundId(), refunded.chargeId(), refunded.clinicId(),
						refunded.amount(), refunded.at(), clock.instant()));
		tryIssue(owedId, Actor.system());
	}

	/**
	 * Records the commission invoices of {@code month} for the manufacturers charged
	 * commission in it.
	 */
	List<UUID> recordCommissionOwed(YearMonth month, Set<UUID> manufacturers) {
		return manufacturers.stream()
			.map(manufacturer -> record(OwedDocument.commissionKey(manufacturer, month),
					() -> OwedDocument.commission(manufacturer, month, clock.instant())))
			.toList();
	}

	/**
	 * Queues {@code drain} on the documents lane unless a drain of {@code series} is
	 * queued already and not yet started: that one will see the document just recorded,
	 * since it reads what is owed only once it starts.
	 */
	private void drainLater(String series, Runnable drain) {
		if (drainsQueued.add(series)) {
			documentsLane.execute(() -> {
				drainsQueued.remove(series);
				try {
					drain.run();
				}
				catch (RuntimeException failed) {
					log.error("Documents owed in {} not issued now; the invoice-generation job will", series, failed);
				}
			});
		}
	}

	/**
	 * Issues the tax invoices a manufacturer owes, a batch at a time, then the credit
	 * notes that waited for them.
	 */
	private void drainTaxInvoices(UUID manufacturerId) {
		drain(() -> issuer.issueOpenTaxInvoices(manufacturerId, settings.chunkSize(), Actor.system()),
				() -> owedDocuments.findOpenTaxInvoices(manufacturerId, Limit.of(settings.chunkSize())),
				invoice -> owedDocuments.findOpenCreditNotesOf(Objects.requireNonNull(invoice.getOrderId())));
	}

	/**
	 * Issues the subscription invoices the platform owes, a batch at a time, then the
	 * credit notes that waited for them.
	 */
	private void drainSubscriptionInvoices() {
		drain(() -> issuer.issueOpenSubscriptionInvoices(settings.chunkSize(), Actor.system()),
				() -> owedDocuments.findOpenSubscriptionInvoices(Limit.of(settings.chunkSize())),
				invoice -> owedDocuments
					.findOpenSubscriptionCreditNotesOf(Objects.requireNonNull(invoice.getSubscriptionChargeId())));
	}

	/**
	 * Issues batches until none is left (what another transaction is issuing meanwhile is
	 * its to finish). When a batch fails, the documents it would have taken are tried one
	 * by one, so that the failure is put down to the document it belongs to; each of them
	 * is then issued or marked failed (which later batches leave to the job), so the
	 * drain ends.
	 */
	private void drain(Supplier<List<Invoice>> nextBatch, Supplier<List<UUID>> open,
			Function<Invoice, List<UUID>> waitingCreditNotes) {
		while (true) {
			List<Invoice> issued;
			try {
				issued = nextBatch.get();
				if (issued.isEmpty()) {
					return;
				}
			}
			catch (RuntimeException batchFailed) {
				log.debug("A batch of documents was not issued, trying them one by one", batchFailed);
				List<UUID> documents = open.get();
				if (documents.isEmpty()) {
					return;
				}
				issued = documents.stream()
					.map(owedId -> tryIssue(owedId, Actor.system()))
					.flatMap(Optional::stream)
					.toList();
			}
			issued.forEach(invoice -> waitingCreditNotes.apply(invoice)
				.forEach(creditNote -> tryIssue(creditNote, Actor.system())));
		}
	}

	/**
	 * Issues an owed document now if it can; when it can't, says why on it (unless it
	 * merely waits for its invoice) and leaves it to the invoice-generation job.
	 */
	Optional<Invoice> tryIssue(UUID owedId, Actor actor) {
		try {
			return Optional.of(issuer.issue(owedId, actor));
		}
		catch (InvoiceNotReady waiting) {
			return Optional.empty();
		}
		catch (InvoiceNotIssuable | StorageException failed) {
			log.warn("Document {} not issued yet: {}", owedId, failed.getMessage());
			issuer.recordFailure(owedId, failed.getMessage());
			return Optional.empty();
		}
		catch (RuntimeException failed) {
			log.error("Document {} not issued yet", owedId, failed);
			issuer.recordFailure(owedId, "Unexpected error: " + failed.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	/**
	 * The document owed under {@code key}, recorded now (and committed) unless it was
	 * before.
	 */
	UUID record(String key, Supplier<OwedDocument> newDocument) {
		Optional<UUID> existing = owedDocuments.findByRequestKey(key).map(OwedDocument::getId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return transaction.execute(status -> owedDocuments.save(newDocument.get()).getId());
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			return owedDocuments.findByRequestKey(key).map(OwedDocument::getId).orElseThrow(() -> recordedMeanwhile);
		}
	}

}
