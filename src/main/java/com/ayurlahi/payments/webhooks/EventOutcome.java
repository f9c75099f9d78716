package com.ayurlahi.payments.webhooks;

/** What applying a stored Razorpay webhook did. */
public enum EventOutcome {

	/** Stored, not applied yet. */
	RECEIVED,
	/** It moved a payment (and its order), a refund, a transfer or a chargeback on. */
	APPLIED,
	/**
	 * It told us nothing new: the payment was already there or past it (a late or
	 * repeated report).
	 */
	NO_CHANGE,
	/**
	 * It names a Razorpay order, payment, refund or transfer that is not ours (a dispute
	 * of a payment we don't know, say); kept for the team to look at.
	 */
	UNKNOWN_ORDER,
	/**
	 * Something doesn't add up (amount, currency, an order cancelled meanwhile): a person
	 * must look.
	 */
	FLAGGED,
	/** An event this platform does not act on. */
	IGNORED

}
