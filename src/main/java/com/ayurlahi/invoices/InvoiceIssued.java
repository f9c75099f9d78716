package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document was issued: a manufacturer's tax invoice or credit note to a clinic, or the
 * platform's commission invoice to a manufacturer ({@code kind}).
 *
 * @param orderId the order it is for; none for a commission invoice
 * @param orderNumber that order's number
 * @param clinicUserId the account of the clinic that receives it; none for a commission
 * invoice
 * @param manufacturerUserId the account of the manufacturer that supplies it (or receives
 * the commission invoice)
 * @param total what it comes to, GST included
 * @param at when it was issued; with the invoice it identifies the event
 */
public record InvoiceIssued(UUID invoiceId, String invoiceNumber, InvoiceKind kind, @Nullable UUID orderId,
		@Nullable String orderNumber, @Nullable UUID clinicUserId, UUID manufacturerUserId, BigDecimal total,
		Instant at) {
}
