package com.ayurlahi.payments.chargebacks;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Where a chargeback stands, as Razorpay names a dispute's status: open (the team must
 * answer by the respond-by date), under review (evidence submitted, the bank decides),
 * then won, lost or closed, which are final. The order is how far a dispute has got: a
 * report of an earlier status never moves a dispute back.
 */
@NamedInterface("chargebacks")
public enum ChargebackStatus {

	OPEN("Open", 0), UNDER_REVIEW("Under review", 1), WON("Won", 2), LOST("Lost", 2), CLOSED("Closed", 2);

	private final String label;

	private final int stage;

	ChargebackStatus(String label, int stage) {
		this.label = label;
		this.stage = stage;
	}

	public String label() {
		return label;
	}

	/** Whether the dispute has ended: won, lost or closed. */
	public boolean isFinal() {
		return stage == 2;
	}

	/** Whether this status is further on than {@code other}. */
	boolean isFurtherThan(ChargebackStatus other) {
		return stage > other.stage;
	}

	/**
	 * The status a dispute event reports: the dispute's own {@code status}, or, without
	 * one, the status its event type implies ({@code payment.dispute.action_required}
	 * asks for more evidence: the dispute is open again). Null for a status this platform
	 * does not know.
	 */
	static @Nullable ChargebackStatus reported(@Nullable String status, String eventType) {
		String name = status != null ? status : switch (eventType) {
			case "payment.dispute.created", "payment.dispute.action_required" -> "open";
			default -> eventType.substring(eventType.lastIndexOf('.') + 1);
		};
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "open" -> OPEN;
			case "under_review" -> UNDER_REVIEW;
			case "won" -> WON;
			case "lost" -> LOST;
			case "closed" -> CLOSED;
			default -> null;
		};
	}

}
