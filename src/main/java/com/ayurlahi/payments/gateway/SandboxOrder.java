package com.ayurlahi.payments.gateway;

import java.util.ArrayList;
import java.util.List;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPayment;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayRefund;

/**
 * A Razorpay order as the sandbox keeps it: its payment attempts and refunds.
 */
final class SandboxOrder {

	final String id;

	final long amountPaise;

	final String receipt;

	final List<GatewayPayment> payments = new ArrayList<>();

	final List<GatewayRefund> refunds = new ArrayList<>();

	String status = "created";

	SandboxOrder(String id, long amountPaise, String receipt) {
		this.id = id;
		this.amountPaise = amountPaise;
		this.receipt = receipt;
	}

	synchronized GatewayOrder view() {
		return new GatewayOrder(id, amountPaise, "INR", receipt, status, List.copyOf(payments));
	}

	/** Refunded or being refunded: a failed refund gives its amount back. */
	synchronized long refundedPaise() {
		return refunds.stream()
			.filter(refund -> !"failed".equals(refund.status()))
			.mapToLong(GatewayRefund::amountPaise)
			.sum();
	}

	synchronized GatewayPayment payment(String paymentId) {
		return payments.stream().filter(payment -> payment.id().equals(paymentId)).findFirst().orElseThrow();
	}

}
