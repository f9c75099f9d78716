package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.TaxTotals;
import com.ayurlahi.common.tax.TaxType;

/**
 * Everything a document will say except its number and date, worked out from the order
 * (or the ledger) before a number is taken: the parties, the place of supply, the lines
 * and their totals.
 *
 * @param supplierKey whose series numbers it: the manufacturer's id, or {@code PLATFORM}
 * @param numberPrefix the letters its number starts with
 * @param original the invoice a credit note reduces
 * @param manufacturerUserId the account of the manufacturer it concerns; none on the
 * platform's documents to clinics
 * @param operator the e-commerce operator the supply was made through (the platform), for
 * manufacturer documents
 */
record InvoiceDraft(OwedDocument owed, String supplierKey, String numberPrefix, InvoiceParty supplier,
		InvoiceParty recipient, IndianState placeOfSupply, @Nullable String deliveryAddress, TaxType taxType,
		List<InvoiceLine> lines, @Nullable UUID manufacturerUserId, @Nullable UUID clinicUserId,
		@Nullable String orderNumber, @Nullable Invoice original, @Nullable YearMonth period, @Nullable String reason,
		@Nullable InvoiceParty operator) {

	TaxTotals totals() {
		return TaxTotals.of(lines.stream().map(InvoiceLine::tax).toList());
	}

	BigDecimal total() {
		return totals().total();
	}

	InvoiceKind kind() {
		return owed.getKind();
	}
}
