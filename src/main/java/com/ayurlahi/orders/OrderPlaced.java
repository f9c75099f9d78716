package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A clinic placed an order; it awaits payment.
 *
 * @param clinicUserId the clinic's account, to tell it
 * @param manufacturerUserId the manufacturer's account, to tell it
 */
public record OrderPlaced(UUID orderId, String orderNumber, UUID clinicUserId, String clinicName,
		UUID manufacturerUserId, BigDecimal total, Instant at) {
}
