package com.ayurlahi.disputes;

/** How a dispute ended, as the API names it. */
public enum DisputeResolution {

	/** The disputed lines' price, GST included, goes back to the clinic. */
	REFUND_IN_FULL("Refund in full"),
	/** An amount per line, GST included, goes back to the clinic. */
	REFUND_AMOUNT("Partial refund"),
	/** The manufacturer ships the disputed units again. */
	REPLACEMENT("Replacement"),
	/** Nothing is owed to the clinic. */
	REJECTED("Rejected");

	private final String label;

	DisputeResolution(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean refunds() {
		return this == REFUND_IN_FULL || this == REFUND_AMOUNT;
	}

}
