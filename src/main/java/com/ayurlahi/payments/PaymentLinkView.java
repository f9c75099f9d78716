package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment link as other modules see it (never with the clinic's contact details).
 *
 * @param url where the clinic pays (Razorpay's short URL, or the sandbox's page)
 * @param amount the order's total when the link was asked for
 * @param expiresAt when Razorpay stops taking payments on it
 */
public record PaymentLinkView(UUID id, UUID orderId, String orderNumber, String url, BigDecimal amount,
		Instant expiresAt, PaymentLinkStatus status) {
}
