package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A dispute in a list: who, what about, where it stands and its deadline. */
public record DisputeSummary(UUID id, String disputeNumber, UUID orderId, String orderNumber, String clinicName,
		String manufacturerName, DisputeStatus status, List<DisputeReason> reasons, int units,
		@Nullable Instant respondBy, @Nullable DisputeResolution resolution, @Nullable BigDecimal refundTotal,
		Instant openedAt, Instant updatedAt) {

	static DisputeSummary of(Dispute dispute) {
		List<DisputeLine> lines = dispute.getLines();
		return new DisputeSummary(dispute.getId(), dispute.getDisputeNumber(), dispute.getOrderId(),
				dispute.getOrderNumber(), dispute.getClinicName(), dispute.getManufacturerName(), dispute.getStatus(),
				lines.stream().map(DisputeLine::reason).distinct().toList(),
				lines.stream().mapToInt(DisputeLine::quantity).sum(), dispute.getRespondBy(), dispute.getResolution(),
				dispute.getRefundTotal(), dispute.getOpenedAt(), dispute.getUpdatedAt());
	}

	/**
	 * How long the manufacturer has left to answer at {@code now}: "31 h", "overdue", or
	 * empty.
	 */
	public String timeLeftAt(Instant now) {
		return status == DisputeStatus.AWAITING_MANUFACTURER ? DisputeDates.timeLeft(respondBy, now) : "";
	}

	/** Whether the manufacturer's deadline passed at {@code now} without an answer. */
	public boolean overdueAt(Instant now) {
		return status == DisputeStatus.AWAITING_MANUFACTURER && respondBy != null && !respondBy.isAfter(now);
	}

}
