package com.ayurlahi.payments;

/**
 * What the payment-timeout sweep did with one order
 * ({@link PaymentManagement#settleUnpaid}).
 */
public enum SweepOutcome {

	/** Not paid: cancelled, stock back. */
	CANCELLED,
	/** Razorpay had captured the money after all: confirmed. */
	CONFIRMED,
	/** Captured, but something doesn't add up: flagged for the team. */
	FLAGGED,
	/** Paid or cancelled meanwhile: nothing to do. */
	UNCHANGED,
	/** Razorpay could not be asked: the order waits for the next run. */
	LEFT_FOR_NEXT_RUN

}
