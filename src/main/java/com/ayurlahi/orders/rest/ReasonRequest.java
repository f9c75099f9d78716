package com.ayurlahi.orders.rest;

import org.jspecify.annotations.Nullable;

/**
 * Why an order or an item is cancelled.
 */
record ReasonRequest(@Nullable String reason) {

	static @Nullable String of(@Nullable ReasonRequest request) {
		return request == null ? null : request.reason();
	}
}
