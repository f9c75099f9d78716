package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.Shipment;

/**
 * A status change asked for on an order page or in the manufacturer's queue: the status,
 * and for shipping the carrier and tracking number.
 */
record OrderStatusFormData(@Nullable String status, @Nullable String carrier, @Nullable String trackingNumber,
		@Nullable String note) {

	static OrderStatusFormData none() {
		return new OrderStatusFormData(null, null, null, null);
	}

	/**
	 * @throws InvalidInputException when the status names none
	 */
	OrderStatus target() {
		OrderStatus target = RequestParams.constant(OrderStatus.class, status);
		if (target == null) {
			throw new InvalidInputException("status", "Choose what happens to the order next.");
		}
		return target;
	}

	/**
	 * @throws InvalidInputException when only one of carrier and tracking number is
	 * given, or one is too long
	 */
	@Nullable Shipment shipment() {
		return Shipment.of(carrier, trackingNumber);
	}
}
