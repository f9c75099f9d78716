package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order in a list: who, what status, how much, how many lines still ordered.
 */
public record OrderSummary(UUID id, String orderNumber, String clinicName, String manufacturerName, OrderStatus status,
		BigDecimal total, int itemCount, String shippingCity, Instant createdAt) {
}
