package com.ayurlahi.subscriptions.gateway;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Razorpay's payment methods read as the kinds of mandate we keep: {@code upi} is UPI
 * (AutoPay), {@code card} is CARD, {@code emandate} and {@code nach} are EMANDATE. Any
 * other method (or none) has no kind: null.
 */
public final class RazorpayMethods {

	public static final String UPI = "UPI";

	public static final String CARD = "CARD";

	public static final String EMANDATE = "EMANDATE";

	private RazorpayMethods() {
	}

	/**
	 * The kind of {@code razorpayMethod} ({@code method} of a payment or subscription).
	 */
	public static @Nullable String kindOf(@Nullable String razorpayMethod) {
		if (razorpayMethod == null) {
			return null;
		}
		return switch (razorpayMethod.strip().toLowerCase(Locale.ROOT)) {
			case "upi" -> UPI;
			case "card" -> CARD;
			case "emandate", "nach" -> EMANDATE;
			default -> null;
		};
	}

}
