package com.ayurlahi.payments;

/**
 * What the checkout's callback proved ({@link PaymentManagement#completeCheckout}).
 */
public enum CallbackResult {

	/**
	 * The signature proved the payment; it is captured (now or earlier, by the webhook).
	 */
	CAPTURED,
	/**
	 * The signature held but something about the payment needs the team (see its review
	 * reason).
	 */
	FLAGGED,
	/** The signature did not prove anything; nothing changed. */
	REJECTED

}
