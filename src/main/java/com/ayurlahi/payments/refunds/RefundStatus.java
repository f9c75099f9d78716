package com.ayurlahi.payments.refunds;

/**
 * Where a refund stands: asked for (and handed to Razorpay, or about to be), then
 * processed or failed.
 */
public enum RefundStatus {

	PENDING("Pending"), PROCESSED("Refunded"), FAILED("Failed");

	private final String label;

	RefundStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
