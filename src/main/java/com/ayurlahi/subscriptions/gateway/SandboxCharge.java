package com.ayurlahi.subscriptions.gateway;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;

/**
 * A payment the sandbox took for a subscription, with the paid invoice and the Razorpay
 * order it was taken through, as Razorpay makes one of each per charge: a cycle of the
 * plan, or the upfront amount charged on authorising a future start. {@code method} is
 * Razorpay's (upi, card or emandate).
 */
record SandboxCharge(String paymentId, String invoiceId, String orderId, long amountPaise, String method,
		Instant capturedAt, @Nullable Instant periodStart, @Nullable Instant periodEnd, boolean upfront,
		String description, long refundedPaise) {

	/** The ids of a new charge. */
	record Ids(String paymentId, String invoiceId, String orderId) {
	}

	static SandboxCharge cycle(Ids ids, long amountPaise, String method, Instant at, Instant periodStart,
			Instant periodEnd, String description) {
		return new SandboxCharge(ids.paymentId(), ids.invoiceId(), ids.orderId(), amountPaise, method, at, periodStart,
				periodEnd, false, description, 0);
	}

	static SandboxCharge upfront(Ids ids, long amountPaise, String method, Instant at, String description) {
		return new SandboxCharge(ids.paymentId(), ids.invoiceId(), ids.orderId(), amountPaise, method, at, null, null,
				true, description, 0);
	}

	SandboxCharge refunded(long paise) {
		return new SandboxCharge(paymentId, invoiceId, orderId, amountPaise, method, capturedAt, periodStart, periodEnd,
				upfront, description, refundedPaise + paise);
	}

	/** The amount in rupees, for the sandbox's page. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(amountPaise, 2);
	}

	long refundablePaise() {
		return amountPaise - refundedPaise;
	}

	GatewayCharge view() {
		return new GatewayCharge(paymentId, invoiceId, amountPaise, "INR", RazorpayMethods.kindOf(method), capturedAt,
				periodStart, periodEnd, upfront);
	}

}
