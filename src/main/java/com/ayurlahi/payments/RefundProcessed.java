package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay processed a refund of a paid (settled) order: the money of one cancelled item
 * ({@code orderItemId}), of everything still to be supplied (no item, no lines) or of the
 * {@code lines} a claim about delivered goods settled ({@code claim}, the dispute's
 * number) is back with the clinic.
 */
public record RefundProcessed(UUID refundId, UUID paymentId, UUID orderId, @Nullable UUID orderItemId,
		@Nullable String claim, List<RefundedLine> lines, BigDecimal amount, Instant at) {

	public RefundProcessed {
		lines = List.copyOf(lines);
	}

}
