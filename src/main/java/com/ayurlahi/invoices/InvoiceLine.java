package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.tax.TaxLine;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a document as printed: HSN (or SAC) code, description, quantity and unit,
 * unit price, taxable value, rate and tax, from the same tax calculator as the order.
 */
@Embeddable
public record InvoiceLine(@Column(name = "line_number") int lineNumber,
		@Column(name = "order_item_id") @Nullable UUID orderItemId, @Column(name = "hsn_code") String hsnCode,
		String description, int quantity, String unit, @Column(name = "unit_price") BigDecimal unitPrice,
		@Column(name = "gst_rate") BigDecimal gstRate, @Column(name = "taxable_value") BigDecimal taxableValue,
		BigDecimal cgst, BigDecimal sgst, BigDecimal igst, @Column(name = "line_total") BigDecimal lineTotal) {

	static InvoiceLine of(int lineNumber, @Nullable UUID orderItemId, String hsnCode, String description, int quantity,
			String unit, BigDecimal unitPrice, TaxLine tax) {
		return new InvoiceLine(lineNumber, orderItemId, hsnCode, description, quantity, unit, unitPrice, tax.gstRate(),
				tax.taxableValue(), tax.cgst(), tax.sgst(), tax.igst(), tax.total());
	}

	TaxLine tax() {
		return new TaxLine(taxableValue, gstRate, cgst, sgst, igst);
	}

	InvoiceLine numbered(int number) {
		return new InvoiceLine(number, orderItemId, hsnCode, description, quantity, unit, unitPrice, gstRate,
				taxableValue, cgst, sgst, igst, lineTotal);
	}
}
