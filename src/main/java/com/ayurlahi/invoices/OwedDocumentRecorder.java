package com.ayurlahi.invoices;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * issues each at once (a captured payment's tax invoice together with others its
 * manufacturer still owes, so that a burst of captures is issued in batches). The owed
 * document is committed before it is tried, so a document that fails now (storage down,
 * say) is still owed, and the invoice-generation job issues it later. Listeners run after
 * the payment's transaction commits, in the background, through Spring Modulith's event
 * publication registry (delivered again after a crash), outside any transaction of their
 * own: recording the document and issuing it are two transactions, so that a failed issue
 * never takes the record with it. An event delivered again finds its document recorded
 * (by its key) and issued, and changes nothing.
 */
@Component
class OwedDocumentRecorder {

	private static final Logger log = LoggerFactory.getLogger(OwedDocumentRecorder.class);

	private final OwedDocuments owedDocuments;

	private final InvoiceIssuer issuer;

	private final OrderManagement orders;

	private final TransactionTemplate transaction;

	private final InvoiceSettings settings;

	private final Clock clock;

	OwedDocumentRecorder(OwedDocuments owedDocuments, InvoiceIssuer issuer, OrderManagement orders,
			PlatformTransactionManager transactions, InvoiceSettings settings, Clock clock) {
		this.owedDocuments = owedDocuments;
		this.issuer = issuer;
		this.orders = orders;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.DOCUMENTS)
	void on(PaymentCaptured captured) {
		UUID manufacturerId = orders.find(captured.orderId()).manufacturerId();
		UUID owedId = record(OwedDocument.taxInvoiceKey(captured.orderId()),
				() -> OwedDocument.taxInvoice(captured.orderId(), manufacturerId, captured.paymentId(),
						captured.amount(), captured.at(), clock.instant()));
		if (tryIssueWithOthersOwed(owedId).isPresent()) {
			owedDocuments.findOpenCreditNotesOf(captured.orderId())
				.forEach(creditNote -> tryIssue(creditNote, Actor.system()));
		}
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
		UUID owedId = record(OwedDocument.subscriptionInvoiceKey(charged.chargeId()),
				() -> OwedDocument.subscriptionInvoice(charged.chargeId(), charged.clinicId(), charged.amount(),
						charged.chargedAt(), clock.instant()));
		if (tryIssue(owedId, Actor.system()).isPresent()) {
			owedDocuments.findOpenSubscriptionCreditNotesOf(charged.chargeId())
				.forEach(creditNote -> tryIssue(creditNote, Actor.system()));
		}
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
	 * Issues an owed tax invoice now together with others its manufacturer still owes (a
	 * burst of captures is issued in batches of the job's chunk size); when that fails,
	 * tries it alone, so that a failure is put down to the document it belongs to.
	 */
	private Optional<Invoice> tryIssueWithOthersOwed(UUID owedId) {
		try {
			return Optional.of(issuer.issueWithOthersOwed(owedId, settings.chunkSize(), Actor.system()));
		}
		catch (RuntimeException batchFailed) {
			log.debug("Document {} not issued with others owed, trying it alone", owedId, batchFailed);
			return tryIssue(owedId, Actor.system());
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
