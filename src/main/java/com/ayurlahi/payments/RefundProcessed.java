package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay processed a refund of a paid (settled) order: the money of one cancelled item
 * ({@code orderItemId}) or of everything still to be supplied (no item) is back with the
 * clinic.
 */
public record RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, @Nullable UUID orderItemId,
		BigDecimal amount, Instant at) {
}
