package com.ayurlahi.payments;

/**
 * Where a payment stands, as the contract names it. A payment never goes back: once
 * {@link #CAPTURED}, a late failure or authorisation of the same Razorpay order changes
 * nothing.
 */
public enum PaymentStatus {

	/**
	 * The Razorpay order exists; the clinic has not paid (or is about to retry after a
	 * failure).
	 */
	CREATED,
	/** Razorpay reports the payment authorised, not yet captured. */
	AUTHORIZED, CAPTURED,
	/** The last attempt failed; the clinic may try again on the same Razorpay order. */
	FAILED, REFUNDED, PARTIALLY_REFUNDED;

	/** Whether the clinic may still pay on this payment's Razorpay order. */
	public boolean isOpen() {
		return this == CREATED || this == AUTHORIZED || this == FAILED;
	}

}
