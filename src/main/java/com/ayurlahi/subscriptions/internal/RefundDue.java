package com.ayurlahi.subscriptions.internal;

import java.util.UUID;

/**
 * A refund of a subscription charge to hand to Razorpay once the transaction that asked
 * for it has committed; kept in the event publication registry until
 * {@link ChargeRefundSubmission} has made the call.
 */
public record RefundDue(UUID refundId) {
}
