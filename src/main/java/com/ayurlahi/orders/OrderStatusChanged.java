package com.ayurlahi.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order moved from one status to another (cancellations included).
 *
 * @param note why, or what the mover added (a cancellation's reason)
 * @param at when; with the order it identifies the change
 */
public record OrderStatusChanged(UUID orderId, String orderNumber, UUID clinicUserId, UUID manufacturerUserId,
		OrderStatus from, OrderStatus to, @Nullable String note, Instant at) {
}
