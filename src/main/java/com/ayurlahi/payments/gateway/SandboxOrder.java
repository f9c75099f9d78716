package com.ayurlahi.payments.gateway;

import java.util.ArrayList;
import java.util.List;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPayment;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayRefund;

/**
 * A Razorpay order as the sandbox keeps it: its payment attempts and refunds. Read from
 * its row and written back by {@link SandboxRazorpayTables}, while the row is locked.
 */
final class SandboxOrder {

	final String id;

	final long amountPaise;

	final String receipt;

	final List<GatewayPayment> payments;

	final List<GatewayRefund> refunds;

	String status;

	SandboxOrder(String id, long amountPaise, String receipt) {
		this(new Stored(id, amountPaise, receipt, "created", List.of(), List.of()));
	}

	SandboxOrder(Stored stored) {
		this.id = stored.id();
		this.amountPaise = stored.amountPaise();
		this.receipt = stored.receipt();
		this.status = stored.status();
		this.payments = new ArrayList<>(stored.payments());
		this.refunds = new ArrayList<>(stored.refunds());
	}

	/** The order as its row keeps it. */
	record Stored(String id, long amountPaise, String receipt, String status, List<GatewayPayment> payments,
			List<GatewayRefund> refunds) {
	}

	Stored stored() {
		return new Stored(id, amountPaise, receipt, status, List.copyOf(payments), List.copyOf(refunds));
	}

	GatewayOrder view() {
		return new GatewayOrder(id, amountPaise, "INR", receipt, status, List.copyOf(payments));
	}

	/** Refunded or being refunded: a failed refund gives its amount back. */
	long refundedPaise() {
		return refunds.stream()
			.filter(refund -> !"failed".equals(refund.status()))
			.mapToLong(GatewayRefund::amountPaise)
			.sum();
	}

	GatewayPayment payment(String paymentId) {
		return payments.stream().filter(payment -> payment.id().equals(paymentId)).findFirst().orElseThrow();
	}

}
