package com.ayurlahi.payments.webhooks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Razorpay webhook as it was stored under its event id ({@code razorpay_events}), with
 * what applying it did: {@link EventOutcome#RECEIVED} until it is applied.
 */
public record StoredWebhook(String eventId, String eventType, @Nullable String razorpayOrderId,
		@Nullable String razorpayPaymentId, String payload, Instant receivedAt, EventOutcome outcome,
		@Nullable String outcomeDetail, @Nullable Instant processedAt) {
}
