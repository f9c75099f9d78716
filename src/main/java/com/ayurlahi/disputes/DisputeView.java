package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.payments.ClaimRefund;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * A dispute as one viewer may see it, for pages and the API: the team's internal notes
 * only for the team; never the clinic's contact details (the dispute does not hold them).
 * {@code refund} is the refund it was settled with, as it stands.
 */
public record DisputeView(UUID id, String disputeNumber, UUID orderId, String orderNumber, String clinicName,
		String manufacturerName, DisputeStatus status, List<Line> lines, String description,
		@Nullable DisputeResolution resolution, @Nullable String decisionNote, @Nullable BigDecimal refundTotal,
		@Nullable Refund refund, @Nullable Instant respondBy, @Nullable Replacement replacement, boolean reopened,
		@Nullable Instant reopenableUntil, boolean evidenceAccepted, Instant openedAt, @Nullable Instant decidedAt,
		List<Evidence> evidence, List<Step> timeline, List<Message> messages) {

	static DisputeView of(Dispute dispute, AuthenticatedUser viewer, @Nullable ClaimRefund refund,
			DisputeSettings settings) {
		boolean team = viewer.role().isStaff();
		Replacement replacement = dispute.getResolution() == DisputeResolution.REPLACEMENT
				? new Replacement(dispute.getReplacementCarrier(), dispute.getReplacementTracking()) : null;
		return new DisputeView(dispute.getId(), dispute.getDisputeNumber(), dispute.getOrderId(),
				dispute.getOrderNumber(), dispute.getClinicName(), dispute.getManufacturerName(), dispute.getStatus(),
				dispute.getLines().stream().map(Line::of).toList(), dispute.getDescription(), dispute.getResolution(),
				dispute.getDecisionNote(), dispute.getRefundTotal(),
				refund == null ? null
						: new Refund(refund.refundId(), refund.amount(), refund.status(), refund.statusLabel(),
								refund.processedAt()),
				dispute.getRespondBy(), replacement, dispute.isReopened(),
				dispute.reopenableUntil(settings.reopenWithin()), dispute.evidenceAccepted(), dispute.getOpenedAt(),
				dispute.getDecidedAt(), dispute.getEvidence().stream().map(Evidence::of).toList(),
				dispute.getTimeline().stream().map(Step::of).toList(),
				dispute.getMessages()
					.stream()
					.filter(message -> team || !message.internal())
					.map(Message::of)
					.toList());
	}

	/**
	 * How long the manufacturer has left to answer at {@code now}: "31 h", "overdue", or
	 * empty.
	 */
	public String timeLeftAt(Instant now) {
		return status == DisputeStatus.AWAITING_MANUFACTURER ? DisputeDates.timeLeft(respondBy, now) : "";
	}

	/** Whether the clinic still waits for money or goods it was granted. */
	public boolean isOpen() {
		return status.isOpen();
	}

	/** The units and money each line is disputed, offered and settled for. */
	public record Line(UUID orderItemId, int lineNumber, String productName, int quantity, DisputeReason reason,
			@Nullable Integer offerQuantity, @Nullable BigDecimal offerAmount, @Nullable Integer settledQuantity,
			@Nullable BigDecimal amount) {

		static Line of(DisputeLine line) {
			return new Line(line.orderItemId(), line.lineNumber(), line.productName(), line.quantity(), line.reason(),
					line.offerQuantity(), line.offerAmount(), line.settledQuantity(), line.settledAmount());
		}

	}

	/** A photo or PDF given as evidence. */
	public record Evidence(UUID id, String fileName, String contentType, long size, String sha256, String uploaderRole,
			Instant uploadedAt) {

		static Evidence of(DisputeEvidence file) {
			return new Evidence(file.id(), file.fileName(), file.contentType(), file.size(), file.sha256(),
					file.uploaderRole(), file.uploadedAt());
		}

		public boolean isImage() {
			return contentType.startsWith("image/");
		}

	}

	/** A step of the timeline: who moved it where, when and why. */
	public record Step(DisputeStatus status, Instant at, String actorRole, @Nullable String note) {

		static Step of(DisputeStep step) {
			return new Step(step.status(), step.at(), step.actorRole(), step.note());
		}

	}

	/** A message of the thread, or (for the team only) an internal note. */
	public record Message(UUID id, Instant at, String actorRole, String text, boolean internal) {

		static Message of(DisputeMessage message) {
			return new Message(message.id(), message.at(), message.authorRole(), message.text(), message.internal());
		}

	}

	/** The replacement shipment a dispute was resolved with, once shipped. */
	public record Replacement(@Nullable String carrier, @Nullable String trackingNumber) {

		public boolean shipped() {
			return trackingNumber != null;
		}

	}

	/** The refund the dispute was settled with, as it stands at Razorpay. */
	public record Refund(UUID id, BigDecimal amount, String status, String statusLabel, @Nullable Instant processedAt) {
	}

}
