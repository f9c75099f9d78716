package com.ayurlahi.disputes;

/** What is wrong with a line of the order, as the API names it. */
public enum DisputeReason {

	DAMAGED_IN_TRANSIT("Damaged in transit"), SHORT_OR_MISSING("Short or missing"),
	WRONG_ITEM("Wrong item (product, strength or pack)"), EXPIRED_OR_SHORT_EXPIRY("Expired or short expiry"),
	QUALITY_COMPLAINT("Quality complaint"), NOT_DELIVERED("Not delivered"), OTHER("Other");

	private final String label;

	DisputeReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
