package com.ayurlahi.orders.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderSummary;

/**
 * An order in a list; {@code GET /api/orders/{id}} has the rest.
 */
record OrderSummaryJson(UUID id, String orderNumber, String clinicName, String manufacturerName, OrderStatus status,
		BigDecimal total, int itemCount, Instant createdAt) {

	static OrderSummaryJson of(OrderSummary order) {
		return new OrderSummaryJson(order.id(), order.orderNumber(), order.clinicName(), order.manufacturerName(),
				order.status(), order.total(), order.itemCount(), order.createdAt());
	}
}
