package com.ayurlahi.orders.rest;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderStatus;

/**
 * {@code PATCH /api/orders/{id}/status}: the status to move to; shipping needs the
 * carrier and tracking number, cancelling a reason (as {@code note}).
 */
record StatusChangeRequest(@NotNull(message = "is required") @Nullable OrderStatus status,
		@Nullable String trackingNumber, @Nullable String carrier, @Nullable String note) {
}
