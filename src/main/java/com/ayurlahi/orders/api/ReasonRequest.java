package com.ayurlahi.orders.api;

import org.jspecify.annotations.Nullable;

/**
 * Why an order or an item is cancelled.
 */
record ReasonRequest(@Nullable String reason) {

	static @Nullable String of(@Nullable ReasonRequest request) {
		return request == null ? null : request.reason();
	}
}
