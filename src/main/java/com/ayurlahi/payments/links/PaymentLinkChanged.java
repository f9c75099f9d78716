package com.ayurlahi.payments.links;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.payments.PaymentLinkStatus;

/**
 * What happened to a payment link ({@code action}: REQUESTED, ISSUED, CANCEL_REQUESTED,
 * CANCELLED, CANCEL_FAILED, FAILED, ATTEMPT_FAILED, PAID, EXPIRED), registered by the
 * link and audited in the change's transaction ({@link PaymentLinkAuditor}).
 *
 * @param note what goes with it: the amount asked for, Razorpay's link or payment id, why
 * it is cancelled, Razorpay's error
 */
record PaymentLinkChanged(UUID linkId, UUID orderId, String referenceId, String action,
		@Nullable PaymentLinkStatus from, PaymentLinkStatus to, @Nullable String razorpayLinkId, Actor actor,
		@Nullable String note, Instant at) {
}
