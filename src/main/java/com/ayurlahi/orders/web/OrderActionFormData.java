package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.Shipment;

/**
 * A status change asked for on an order page or in the queue: the status, and for
 * shipping the carrier and tracking number.
 */
record OrderActionFormData(@Nullable String status, @Nullable String carrier, @Nullable String trackingNumber,
		@Nullable String note) {

	OrderStatus target() {
		OrderStatus target = RequestParams.constant(OrderStatus.class, status);
		if (target == null) {
			throw new InvalidInputException("status", "Choose what happens to the order next.");
		}
		return target;
	}

	@Nullable Shipment shipment() {
		return Shipment.of(carrier, trackingNumber);
	}
}
