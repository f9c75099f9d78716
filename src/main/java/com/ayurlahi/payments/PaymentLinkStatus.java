package com.ayurlahi.payments;

/**
 * Where a payment link stands. It only moves forward: once paid, expired or cancelled, a
 * late report of an earlier state changes nothing.
 */
public enum PaymentLinkStatus {

	/** Owed: recorded with the order, to be made at Razorpay once that has committed. */
	REQUESTED,
	/**
	 * Made at Razorpay, with its URL: the clinic can pay it (again after a failed
	 * attempt).
	 */
	ISSUED,
	/**
	 * Paid; the payment confirmed the order (or, if it no longer waited, is refunded).
	 */
	PAID,
	/** Razorpay let it expire unpaid. */
	EXPIRED,
	/** Cancelled: the order no longer waits for it (cancelled, swept, paid otherwise). */
	CANCELLED,
	/**
	 * Razorpay could not be asked for it, or refused it; asking again makes a new one.
	 */
	FAILED

}
