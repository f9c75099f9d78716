package com.ayurlahi.orders.web;

import java.util.EnumSet;
import java.util.Set;

import com.ayurlahi.orders.OrderStatus;

/**
 * The tabs of a manufacturer's order queue.
 */
enum OrderQueue {

	NEW("New", EnumSet.of(OrderStatus.PENDING, OrderStatus.PAYMENT_FAILED, OrderStatus.CONFIRMED)),
	PACKING("To pack", EnumSet.of(OrderStatus.PROCESSING)), SHIPPED("Shipped", EnumSet.of(OrderStatus.SHIPPED)),
	DONE("Done", OrderStatus.FINAL);

	private final String label;

	private final Set<OrderStatus> statuses;

	OrderQueue(String label, Set<OrderStatus> statuses) {
		this.label = label;
		this.statuses = statuses;
	}

	public String label() {
		return label;
	}

	Set<OrderStatus> statuses() {
		return statuses;
	}

}
