package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;

/**
 * Cancelling a whole order: why, for the clinic and the manufacturer to read (the order
 * checks it is given).
 */
record OrderCancellationFormData(@Nullable String reason) {

	static OrderCancellationFormData none() {
		return new OrderCancellationFormData(null);
	}
}
