package com.ayurlahi.orders.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Cancelling one item of an order: which (from the path it is posted to) and why, so that
 * a refusal is shown again at that item.
 */
record ItemCancellationFormData(@Nullable UUID itemId, @Nullable String reason) {

	static ItemCancellationFormData none() {
		return new ItemCancellationFormData(null, null);
	}
}
