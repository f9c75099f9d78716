package com.ayurlahi.payments.gateway;

import java.time.Instant;
import java.util.Map;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;

/**
 * A payment link as the sandbox keeps it: its reference, amount, expiry and notes, where
 * it stands ({@code created}, {@code paid} or {@code cancelled}; expired is read from the
 * clock, {@link #statusAt}), and the Razorpay order behind it that takes its payment
 * attempts (as Razorpay makes one order per link).
 */
record SandboxPaymentLink(String id, String referenceId, String url, String description, Instant expireBy,
		Map<String, String> notes, String orderId, long amountPaise, String status) {

	SandboxPaymentLink {
		notes = Map.copyOf(notes);
	}

	/** The status at {@code now}: a link nobody paid or cancelled expires at its time. */
	String statusAt(Instant now) {
		return "created".equals(status) && !now.isBefore(expireBy) ? "expired" : status;
	}

	SandboxPaymentLink withStatus(String changed) {
		return new SandboxPaymentLink(id, referenceId, url, description, expireBy, notes, orderId, amountPaise,
				changed);
	}

	GatewayPaymentLink view(Instant now) {
		return new GatewayPaymentLink(id, referenceId, url, statusAt(now), amountPaise, expireBy);
	}

}
