package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document was issued: a manufacturer's tax invoice or credit note to a clinic, the
 * platform's commission invoice to a manufacturer, or the platform's subscription invoice
 * or credit note to a clinic ({@code kind}).
 *
 * @param orderId the order it is for; none for the platform's documents
 * @param orderNumber that order's number
 * @param clinicUserId the account of the clinic that receives it; none for a commission
 * invoice
 * @param manufacturerUserId the account of the manufacturer that supplies it (or receives
 * the commission invoice); none for the platform's documents to clinics
 * @param total what it comes to, GST included
 * @param at when it was issued; with the invoice it identifies the event
 */
public record InvoiceIssued(UUID invoiceId, String invoiceNumber, InvoiceKind kind, @Nullable UUID orderId,
		@Nullable String orderNumber, @Nullable UUID clinicUserId, @Nullable UUID manufacturerUserId, BigDecimal total,
		Instant at) {
}
