package com.ayurlahi.payments.chargebacks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one of Razorpay's {@code payment.dispute.*} webhooks reports about a dispute (its
 * {@code payload.dispute.entity}), amounts in paise as Razorpay sends them.
 *
 * @param eventType the webhook's event, such as {@code payment.dispute.won}
 * @param eventAt when Razorpay sent the event (its {@code created_at}), which orders
 * reports of the same dispute
 * @param razorpayOrderId the Razorpay order of the disputed payment, if the event names
 * it
 * @param status the dispute's status as Razorpay spells it ({@code open},
 * {@code under_review}, {@code won}, {@code lost}, {@code closed}), if it says
 * @param phase {@code chargeback}, {@code pre_arbitration}, {@code arbitration},
 * {@code fraud} or {@code retrieval}, if it says
 * @param createdAt when Razorpay opened the dispute, if it says
 */
public record DisputeReport(String eventType, Instant eventAt, String razorpayDisputeId, String razorpayPaymentId,
		@Nullable String razorpayOrderId, long amountPaise, long amountDeductedPaise, @Nullable String currency,
		@Nullable String reasonCode, @Nullable String reasonDescription, @Nullable String phase,
		@Nullable String status, @Nullable Instant respondBy, @Nullable Instant createdAt) {
}
