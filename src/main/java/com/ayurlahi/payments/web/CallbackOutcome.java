package com.ayurlahi.payments.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * What the checkout's callback told the browser, carried to the result page in its
 * address (the callback is a cross-site post without the clinic's session). It only
 * chooses a sentence while Razorpay's webhook has not arrived; the payment's status
 * decides everything else.
 */
enum CallbackOutcome {

	/** The signature proved the payment. */
	PAID,
	/** Razorpay's checkout reported a failed attempt; its webhook brings the reason. */
	DECLINED,
	/** The callback's signature proved nothing. */
	UNVERIFIED,
	/** The clinic came here some other way. */
	NONE;

	static CallbackOutcome of(@Nullable String value) {
		return Arrays.stream(values())
			.filter(outcome -> outcome.name().equalsIgnoreCase(String.valueOf(value)))
			.findFirst()
			.orElse(NONE);
	}

	String query() {
		return name().toLowerCase();
	}

}
