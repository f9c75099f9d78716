package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The refund of a claim as it stands: {@code status} is PENDING, PROCESSED or FAILED
 * ({@code statusLabel} for pages), with the lines it gives back.
 */
public record ClaimRefund(UUID refundId, BigDecimal amount, String status, String statusLabel,
		@Nullable Instant processedAt, List<RefundedLine> lines) {

	public ClaimRefund {
		lines = List.copyOf(lines);
	}

	public boolean processed() {
		return "PROCESSED".equals(status);
	}

	public boolean failed() {
		return "FAILED".equals(status);
	}

}
