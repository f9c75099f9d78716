package com.ayurlahi.payments.gateway;

import java.time.Instant;
import java.util.Map;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;

/**
 * A payment link as the sandbox keeps it: its reference, amount, expiry and notes, where
 * it stands, and the Razorpay order behind it that takes its payment attempts (as
 * Razorpay makes one order per link).
 */
final class SandboxPaymentLink {

	final String id;

	final String referenceId;

	final String url;

	final String description;

	final Instant expireBy;

	final Map<String, String> notes;

	final SandboxOrder order;

	/** created, paid or cancelled; expired is read from the clock ({@link #statusAt}). */
	String status = "created";

	SandboxPaymentLink(String id, String referenceId, String url, String description, Instant expireBy,
			Map<String, String> notes, SandboxOrder order) {
		this.id = id;
		this.referenceId = referenceId;
		this.url = url;
		this.description = description;
		this.expireBy = expireBy;
		this.notes = Map.copyOf(notes);
		this.order = order;
	}

	/** The status at {@code now}: a link nobody paid or cancelled expires at its time. */
	synchronized String statusAt(Instant now) {
		return "created".equals(status) && !now.isBefore(expireBy) ? "expired" : status;
	}

	synchronized GatewayPaymentLink view(Instant now) {
		return new GatewayPaymentLink(id, referenceId, url, statusAt(now), order.amountPaise, expireBy);
	}

}
