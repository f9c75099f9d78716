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
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.PaymentCaptured;
import com.ayurlahi.payments.RefundProcessed;
import com.ayurlahi.storage.StorageException;

/**
 * Records the documents the platform owes as the payments module reports its facts, and
 * issues each at once. The request is committed before the document is tried, so a
 * document that fails now (storage down, say) is still owed, and the invoice-generation
 * job issues it later. Listeners run after the payment's transaction commits, in the
 * background, through Spring Modulith's event publication registry (delivered again after
 * a crash).
 */
@Component
class InvoiceRequesting {

	private static final Logger log = LoggerFactory.getLogger(InvoiceRequesting.class);

	private final InvoiceRequests requests;

	private final InvoiceIssuer issuer;

	private final OrderManagement orders;

	private final TransactionTemplate transaction;

	private final Clock clock;

	InvoiceRequesting(InvoiceRequests requests, InvoiceIssuer issuer, OrderManagement orders,
			PlatformTransactionManager transactions, Clock clock) {
		this.requests = requests;
		this.issuer = issuer;
		this.orders = orders;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void on(PaymentCaptured captured) {
		UUID manufacturerId = orders.find(captured.orderId()).manufacturerId();
		UUID requestId = request(InvoiceRequest.taxInvoiceKey(captured.orderId()),
				() -> InvoiceRequest.taxInvoice(captured.orderId(), manufacturerId, captured.paymentId(),
						captured.amount(), captured.at(), clock.instant()));
		if (tryIssue(requestId, Actor.system()).isPresent()) {
			requests.findOpenCreditNotesOf(captured.orderId())
				.forEach(creditNote -> tryIssue(creditNote, Actor.system()));
		}
	}

	@Async
	@TransactionalEventListener
	void on(RefundProcessed refunded) {
		UUID manufacturerId = orders.find(refunded.orderId()).manufacturerId();
		UUID requestId = request(InvoiceRequest.creditNoteKey(refunded.refundId()),
				() -> InvoiceRequest.creditNote(refunded.refundId(), refunded.orderId(), manufacturerId,
						refunded.paymentId(), refunded.orderItemId(), refunded.amount(), refunded.at(),
						clock.instant()));
		tryIssue(requestId, Actor.system());
	}

	/**
	 * Requests the commission invoices of {@code month} for the manufacturers charged
	 * commission in it.
	 */
	List<UUID> requestCommission(YearMonth month, Set<UUID> manufacturers) {
		return manufacturers.stream()
			.map(manufacturer -> request(InvoiceRequest.commissionKey(manufacturer, month),
					() -> InvoiceRequest.commission(manufacturer, month, clock.instant())))
			.toList();
	}

	/**
	 * Issues the request's document now if it can; when it can't, says why on the request
	 * (unless it merely waits for its invoice) and leaves it to the invoice-generation
	 * job.
	 */
	Optional<Invoice> tryIssue(UUID requestId, Actor actor) {
		try {
			return Optional.of(issuer.issue(requestId, actor));
		}
		catch (InvoiceNotReady waiting) {
			return Optional.empty();
		}
		catch (InvoiceNotIssuable | StorageException failed) {
			log.warn("Document {} not issued yet: {}", requestId, failed.getMessage());
			issuer.recordFailure(requestId, failed.getMessage());
			return Optional.empty();
		}
		catch (RuntimeException failed) {
			log.error("Document {} not issued yet", requestId, failed);
			issuer.recordFailure(requestId, "Unexpected error: " + failed.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	/**
	 * The request under {@code key}, recorded now (and committed) unless it was before.
	 */
	UUID request(String key, Supplier<InvoiceRequest> newRequest) {
		Optional<UUID> existing = requests.findByRequestKey(key).map(InvoiceRequest::getId);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return transaction.execute(status -> requests.save(newRequest.get()).getId());
		}
		catch (DataIntegrityViolationException recordedMeanwhile) {
			return requests.findByRequestKey(key).map(InvoiceRequest::getId).orElseThrow(() -> recordedMeanwhile);
		}
	}

}
