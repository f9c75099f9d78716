package com.ayurlahi.payments;

/** Where the Route transfer of a manufacturer's payout stands. */
public enum PayoutTransferStatus {

	/**
	 * The manufacturer has no Razorpay linked account yet: the money stays with the
	 * platform.
	 */
	AWAITING_ACCOUNT("Awaiting linked account"),
	/** To be handed to Razorpay. */
	PENDING("Being set up"),
	/**
	 * With Razorpay, held until the order is delivered and its dispute window has passed,
	 * and while a dispute about the order is open.
	 */
	ON_HOLD("On hold until delivery"),
	/** The hold is lifted: paid out in the linked account's next settlement. */
	RELEASED("Released"),
	/** Taken back in full by refunds. */
	REVERSED("Reversed"),
	/** Nothing was left to transfer (the order was refunded first). */
	CANCELLED("Not needed");

	private final String label;

	PayoutTransferStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
