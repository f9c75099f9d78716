package com.ayurlahi.common.tax;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Sums of lines: never recomputed from the sums, so the totals always equal the lines
 * added up.
 */
public record TaxTotals(BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst, BigDecimal igst) {

	public static final TaxTotals NONE = new TaxTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	public static TaxTotals of(Collection<TaxLine> lines) {
		TaxTotals totals = NONE;
		for (TaxLine line : lines) {
			totals = totals.plus(line);
		}
		return totals;
	}

	public TaxTotals plus(TaxLine line) {
		return new TaxTotals(taxableValue.add(line.taxableValue()), cgst.add(line.cgst()), sgst.add(line.sgst()),
				igst.add(line.igst()));
	}

	public BigDecimal tax() {
		return cgst.add(sgst).add(igst);
	}

	public BigDecimal total() {
		return taxableValue.add(tax());
	}
}
