package com.ayurlahi.subscriptions.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a clinic pays its subscription, as we keep it: {@code UPI} (UPI AutoPay),
 * {@code CARD} or {@code EMANDATE}, from Razorpay's payment methods ({@code upi},
 * {@code card}, {@code emandate} or {@code nach}).
 */
public final class PaymentMethods {

	private PaymentMethods() {
	}

	/** The kind of a Razorpay method, or null for one a mandate can't be. */
	public static @Nullable String kind(@Nullable String razorpayMethod) {
		if (razorpayMethod == null) {
			return null;
		}
		return switch (razorpayMethod.strip().toLowerCase(Locale.ROOT)) {
			case "upi" -> "UPI";
			case "card" -> "CARD";
			case "emandate", "nach" -> "EMANDATE";
			default -> null;
		};
	}

	/** How the pages say a kind: "UPI AutoPay", "Card", "eMandate". */
	public static @Nullable String label(@Nullable String kind) {
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case "UPI" -> "UPI AutoPay";
			case "CARD" -> "Card";
			case "EMANDATE" -> "eMandate";
			default -> kind;
		};
	}

}
