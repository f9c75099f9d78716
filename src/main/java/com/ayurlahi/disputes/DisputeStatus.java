package com.ayurlahi.disputes;

/** Where a dispute stands, as the API names it. */
public enum DisputeStatus {

	AWAITING_MANUFACTURER("Awaiting the manufacturer"), AWAITING_CLINIC("Awaiting the clinic"),
	ESCALATED("With the Ayurlahi team"), RESOLVED("Resolved"), REJECTED("Rejected"), WITHDRAWN("Withdrawn");

	private final String label;

	DisputeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether it still waits for someone: no decision yet, not withdrawn. */
	public boolean isOpen() {
		return this == AWAITING_MANUFACTURER || this == AWAITING_CLINIC || this == ESCALATED;
	}

	/** Whether it was decided (resolved or rejected), so that it may be reopened. */
	public boolean isDecided() {
		return this == RESOLVED || this == REJECTED;
	}

}
