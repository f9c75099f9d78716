package com.ayurlahi.common.tax;

import java.math.BigDecimal;

/**
 * The tax on one line: its taxable value (unit price × quantity) and the CGST and SGST
 * (or UTGST), or the IGST, on it, each rounded to the paisa on its own. {@code sgst}
 * carries UTGST where the place of supply is a union territory without a legislature;
 * only the label differs.
 */
public record TaxLine(BigDecimal taxableValue, BigDecimal gstRate, BigDecimal cgst, BigDecimal sgst, BigDecimal igst) {

	public BigDecimal tax() {
		return cgst.add(sgst).add(igst);
	}

	public BigDecimal total() {
		return taxableValue.add(tax());
	}
}
