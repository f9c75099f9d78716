package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Razorpay captured the money of an order's payment; the order is confirmed. */
public record PaymentCaptured(UUID paymentId, UUID orderId, String razorpayOrderId, String razorpayPaymentId,
		BigDecimal amount, Instant at) {
}
