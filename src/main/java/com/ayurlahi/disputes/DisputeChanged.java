package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.audit.Actor;

/**
 * A dispute moved: who did what ({@code action}), from which status to which, why, and
 * what it decided ({@code resolution}, {@code refundTotal}). The disputes module audits
 * it in the change's transaction; the notifications module tells the other party after
 * commit.
 */
public record DisputeChanged(UUID disputeId, String disputeNumber, UUID orderId, String orderNumber, UUID clinicUserId,
		UUID manufacturerUserId, DisputeAction action, @Nullable DisputeStatus from, DisputeStatus to, Actor actor,
		@Nullable String note, @Nullable DisputeResolution resolution, @Nullable BigDecimal refundTotal, Instant at) {
}
