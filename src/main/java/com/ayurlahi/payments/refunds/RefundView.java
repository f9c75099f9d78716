package com.ayurlahi.payments.refunds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund as the portals show it; {@code askedAgain} when it failed and a new refund
 * replaced it; {@code nextAttemptAt} when Razorpay was out of reach and the refund is
 * handed over again by itself then.
 */
public record RefundView(UUID id, UUID paymentId, UUID orderId, String orderNumber, String description, String reason,
		BigDecimal amount, RefundStatus status, @Nullable String razorpayRefundId, @Nullable String submitError,
		@Nullable String failureReason, Instant createdAt, @Nullable Instant processedAt, boolean askedAgain,
		@Nullable Instant nextAttemptAt) {

	static RefundView of(Refund refund, boolean askedAgain) {
		return new RefundView(refund.getId(), refund.getPaymentId(), refund.getOrderId(), refund.getOrderNumber(),
				refund.getDescription(), refund.getReason(), refund.getAmount(), refund.getStatus(),
				refund.getRazorpayRefundId(), refund.getSubmitError(), refund.getFailureReason(), refund.getCreatedAt(),
				refund.getProcessedAt(), askedAgain, refund.getRetry().nextAttemptAt());
	}

	/** Failed at Razorpay and not asked for again: the clinic is still owed it. */
	public boolean mayBeAskedAgain() {
		return status == RefundStatus.FAILED && !askedAgain;
	}

	/**
	 * Not yet with Razorpay because the last attempt failed: the team may retry it.
	 */
	public boolean retryable() {
		return status == RefundStatus.PENDING && razorpayRefundId == null && submitError != null;
	}

}
