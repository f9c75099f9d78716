package com.ayurlahi.payments.refunds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.PaymentStatus;
import com.ayurlahi.payments.Payments;
import com.ayurlahi.payments.RefundProcessed;
import com.ayurlahi.payments.ledger.LedgerEntries;
import com.ayurlahi.payments.webhooks.EventOutcome;

/**
 * What Razorpay reports of a refund it was handed ({@code refund.processed},
 * {@code refund.failed}), applied in the transaction of the stored webhook that reports
 * it. A processed refund adds the ledger's reversal rows, moves the payment to
 * PARTIALLY_REFUNDED or REFUNDED and a cancelled order to REFUNDED; a failed one is
 * flagged for the team. A refund that has ended already takes no second report.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RefundOutcomes {

	private final Refunds refunds;

	private final Payments payments;

	private final LedgerEntries ledger;

	private final OrderManagement orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RefundOutcomes(Refunds refunds, Payments payments, LedgerEntries ledger, OrderManagement orders,
			ApplicationEventPublisher events, Clock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.ledger = ledger;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Razorpay reports a refund processed: the ledger takes its reversal rows, the
	 * payment and order follow. The order is locked before the payment, as a cancellation
	 * locks them, so the two never wait on each other.
	 */
	public EventOutcome recordProcessed(@Nullable String ourRefundId, String razorpayRefundId, long amountPaise) {
		return find(ourRefundId, razorpayRefundId).map(refund -> {
			if (amountPaise != refund.getAmountPaise()) {
				Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
				payment.flagForReview("Razorpay reported refund " + razorpayRefundId + " of "
						+ Money.format(BigDecimal.valueOf(amountPaise, 2)) + " processed against "
						+ Money.format(refund.getAmount()) + " asked for.", now());
				audit(AuditedChange.of("REFUND_FLAGGED", Refund.ENTITY, refund.getId())
					.value("reportedAmountPaise", amountPaise), refund);
				return EventOutcome.FLAGGED;
			}
			if (refund.getStatus() != RefundStatus.PENDING) {
				return EventOutcome.NO_CHANGE;
			}
			orders.addNote(
					refund.getOrderId(), "Refund of " + Money.format(refund.getAmount()) + " ("
							+ refund.describedInSentence() + ") processed by Razorpay (" + razorpayRefundId + ").",
					PaymentManagement.RAZORPAY);
			Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
			refund.processed(razorpayRefundId, now());
			if (refund.isFromSettlement()) {
				ledger.recordRefund(refund.getId(), refund.getPaymentId(), refund.getOrderId(), refund.getOrderNumber(),
						refund.share(), Objects.requireNonNull(refund.getProcessedAt()));
				events.publishEvent(new RefundProcessed(refund.getId(), refund.getPaymentId(), refund.getOrderId(),
						refund.getOrderItemId(), refund.getClaim(), refund.getLines(), refund.getAmount(), now()));
			}
			PaymentStatus before = payment.getStatus();
			payment.refunded(processedTotal(payment), now());
			audit(AuditedChange.of("REFUND_PROCESSED", Refund.ENTITY, refund.getId())
				.field("status", RefundStatus.PENDING, refund.getStatus())
				.value("razorpayRefundId", razorpayRefundId)
				.value("amount", refund.getAmount()), refund);
			audit(AuditedChange.of("PAYMENT_REFUNDED", Payment.ENTITY, payment.getId())
				.field("status", before, payment.getStatus())
				.value("refundId", refund.getId())
				.value("refunded", refund.getAmount()), refund);
			if (payment.getStatus() == PaymentStatus.REFUNDED) {
				orders.markRefunded(refund.getOrderId(),
						Money.format(payment.getAmount()) + " back to the account it was paid from",
						PaymentManagement.RAZORPAY);
			}
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/**
	 * Razorpay reports a refund failed: the team is shown the payment, to return the
	 * money another way.
	 */
	public EventOutcome recordFailed(@Nullable String ourRefundId, String razorpayRefundId, @Nullable String why) {
		return find(ourRefundId, razorpayRefundId).map(refund -> {
			if (refund.getStatus() != RefundStatus.PENDING) {
				return EventOutcome.NO_CHANGE;
			}
			String reason = why == null ? "Razorpay gave no reason" : why;
			orders.addNote(refund.getOrderId(), "Refund of " + Money.format(refund.getAmount())
					+ " failed at Razorpay; " + "the Ayurlahi team will return the money.", PaymentManagement.RAZORPAY);
			Payment payment = payments.findForUpdate(refund.getPaymentId()).orElseThrow();
			refund.failed(razorpayRefundId, reason, now());
			payment.flagForReview("Refund " + razorpayRefundId + " of " + Money.format(refund.getAmount()) + " failed ("
					+ reason + "): the clinic is still owed it.", now());
			audit(AuditedChange.of("REFUND_FAILED", Refund.ENTITY, refund.getId())
				.field("status", RefundStatus.PENDING, refund.getStatus())
				.value("razorpayRefundId", razorpayRefundId)
				.value("reason", reason), refund);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	private Optional<Refund> find(@Nullable String ourRefundId, String razorpayRefundId) {
		if (ourRefundId != null) {
			try {
				Optional<Refund> ours = refunds.findForUpdate(UUID.fromString(ourRefundId));
				if (ours.isPresent()) {
					return ours;
				}
			}
			catch (IllegalArgumentException notOurs) {
				// someone else's notes: look it up by Razorpay's id
			}
		}
		return refunds.findByRazorpayRefundIdForUpdate(razorpayRefundId);
	}

	private BigDecimal processedTotal(Payment payment) {
		return refunds.findByPaymentIdOrderByCreatedAt(payment.getId())
			.stream()
			.filter(refund -> refund.getStatus() == RefundStatus.PROCESSED)
			.map(Refund::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void audit(AuditedChange change, Refund refund) {
		events.publishEvent(refund.audited(change, PaymentManagement.RAZORPAY));
	}

	private Instant now() {
		return clock.instant();
	}

}
