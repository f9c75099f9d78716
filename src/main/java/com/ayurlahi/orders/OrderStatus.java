package com.ayurlahi.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands, as the API contract names it. Which status may follow which, and
 * who may move it, is declared in {@link OrderTransitions}.
 */
public enum OrderStatus {

	PENDING("Awaiting payment"), PAYMENT_FAILED("Payment failed"), CONFIRMED("Confirmed"), PROCESSING("Being packed"),
	SHIPPED("Shipped"), DELIVERED("Delivered"), PARTIALLY_FULFILLED("Partially fulfilled"), CANCELLED("Cancelled"),
	REFUNDED("Refunded"), FAILED("Failed");

	/**
	 * Statuses no one moves an order out of (a cancelled one is only marked refunded once
	 * its money is back).
	 */
	public static final Set<OrderStatus> FINAL = EnumSet.of(DELIVERED, PARTIALLY_FULFILLED, CANCELLED, REFUNDED,
			FAILED);

	private final String label;

	OrderStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isFinal() {
		return FINAL.contains(this);
	}

	/** Whether no money has been taken for the order yet. */
	public boolean isUnpaid() {
		return this == PENDING || this == PAYMENT_FAILED;
	}

	/**
	 * Whether the clinic's money is with the platform and the order is not yet on its
	 * way.
	 */
	public boolean isPaidAndUnshipped() {
		return this == CONFIRMED || this == PROCESSING;
	}

}
