package com.ayurlahi.orders;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of an order was cancelled before it was supplied; its stock is back in the
 * catalog.
 */
public record OrderItemCancelled(UUID orderId, String orderNumber, UUID itemId, String productName, int quantity,
		String reason, UUID clinicUserId, UUID manufacturerUserId, Instant at) {
}
