package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.ayurlahi.common.tax.TaxLine;

/**
 * An order line a claim's refund gives money back for: how many units and how much, GST
 * included ({@code amount}), split into its taxable value and tax at the line's rate.
 */
@Embeddable
public record RefundedLine(@Column(name = "order_item_id") UUID orderItemId, int quantity, BigDecimal amount,
		@Column(name = "taxable_value") BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst, BigDecimal igst) {

	public static RefundedLine of(UUID orderItemId, int quantity, TaxLine tax) {
		return new RefundedLine(orderItemId, quantity, tax.total(), tax.taxableValue(), tax.cgst(), tax.sgst(),
				tax.igst());
	}

	public BigDecimal tax() {
		return cgst.add(sgst).add(igst);
	}

}
