package com.ayurlahi.orders.rest;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.common.validation.PlainText;

/**
 * {@code PATCH /api/orders/{id}/status}: the status to move to; shipping needs the
 * carrier and tracking number, cancelling a reason (as {@code note}).
 */
record StatusChangeRequest(@NotNull(message = "is required") @Nullable OrderStatus status,
		@PlainText @Nullable String trackingNumber, @PlainText @Nullable String carrier,
		@PlainText(multiLine = true) @Nullable String note) {
}
