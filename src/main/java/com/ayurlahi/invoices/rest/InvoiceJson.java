package com.ayurlahi.invoices.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceParty;

/**
 * An invoice or credit note as the API shows it (contract: Invoices), with its kind and,
 * for a credit note, the invoice it reduces; for the platform's subscription documents,
 * the subscription charge they are for.
 */
record InvoiceJson(UUID id, String kind, String invoiceNumber, @Nullable UUID orderId, @Nullable UUID originalInvoiceId,
		@Nullable UUID subscriptionChargeId, Instant issuedAt, Party supplier, Party recipient,
		PlaceOfSupply placeOfSupply, BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst, BigDecimal igst,
		BigDecimal total, String pdfUrl, @Nullable String pdfSha256) {

	static InvoiceJson of(Invoice invoice) {
		return new InvoiceJson(invoice.getId(), invoice.getKind().name(), invoice.getNumber(), invoice.getOrderId(),
				invoice.getOriginalInvoiceId(), invoice.getSubscriptionChargeId(), invoice.getIssuedAt(),
				Party.of(invoice.getSupplier()), Party.of(invoice.getRecipient()),
				new PlaceOfSupply(invoice.getPlaceOfSupply().code(), invoice.getPlaceOfSupply().displayName()),
				invoice.getTaxableValue(), invoice.getCgst(), invoice.getSgst(), invoice.getIgst(), invoice.getTotal(),
				"/api/invoices/" + invoice.getId() + "/pdf", invoice.getPdfSha256());
	}

	record Party(String name, String gstin, String address) {

		static Party of(InvoiceParty party) {
			return new Party(party.name(), party.gstin(), party.address());
		}
	}

	record PlaceOfSupply(String stateCode, String stateName) {
	}
}
