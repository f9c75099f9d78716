package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A subscription's charge was recorded (once per Razorpay payment), published in the
 * recording transaction: the invoices module issues the platform's tax invoice for it
 * after commit.
 *
 * @param amount what was captured, GST included
 * @param taxableValue what the GST is on
 */
public record SubscriptionCharged(UUID chargeId, UUID subscriptionId, UUID clinicId, SubscriptionCharge.Kind kind,
		String planName, BigDecimal amount, BigDecimal taxableValue, Instant chargedAt) {
}
