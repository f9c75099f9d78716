package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment link for an order exists at Razorpay and can be paid: the WhatsApp module
 * tells the clinic "order placed, pay here". Published once per link, in the transaction
 * that records it, through the link's aggregate.
 *
 * @param clinicUserId the clinic's account, to find its WhatsApp conversation
 * @param url where the clinic pays
 * @param amount the order's total, GST included
 * @param expiresAt when the link stops taking payments
 * @param at when the link was made
 */
public record PaymentLinkIssued(UUID orderId, String orderNumber, UUID clinicUserId, String url, BigDecimal amount,
		Instant expiresAt, Instant at) {
}
