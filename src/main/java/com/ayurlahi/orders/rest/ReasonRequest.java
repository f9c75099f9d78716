package com.ayurlahi.orders.rest;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;

/**
 * Why an order or an item is cancelled.
 */
record ReasonRequest(@PlainText(multiLine = true) @Nullable String reason) {

	static @Nullable String of(@Nullable ReasonRequest request) {
		return request == null ? null : request.reason();
	}
}
