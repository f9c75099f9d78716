package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Razorpay processed a refund of a subscription's charge: the invoices module issues the
 * platform's credit note against the charge's invoice after commit.
 *
 * @param refundId Razorpay's refund id (one credit note per refund)
 * @param amount what was refunded, GST included
 */
public record SubscriptionChargeRefunded(UUID chargeId, UUID clinicId, String refundId, BigDecimal amount, Instant at) {
}
