package com.ayurlahi.common.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * GST per line, the only place tax is computed: the taxable value is unit price ×
 * quantity; IGST is the full rate of it, CGST and SGST (or UTGST) each half the rate;
 * each amount is rounded half up to the paisa on its own, and totals are sums of line
 * amounts.
 */
public final class GstCalculator {

	/** The GST rates a medicine may carry, in percent. */
	public static final Set<BigDecimal> RATES = Set.of(new BigDecimal("0"), new BigDecimal("5"), new BigDecimal("12"),
			new BigDecimal("18"));

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private GstCalculator() {
	}

	public static boolean isGstRate(BigDecimal rate) {
		return RATES.stream().anyMatch(allowed -> allowed.compareTo(rate) == 0);
	}

	public static TaxLine line(BigDecimal unitPrice, int quantity, BigDecimal gstRate, TaxType type) {
		if (quantity < 1) {
			throw new IllegalArgumentException("A line has at least one unit");
		}
		BigDecimal taxable = Money.rupees(unitPrice.multiply(BigDecimal.valueOf(quantity)));
		if (type == TaxType.INTER_STATE) {
			return new TaxLine(taxable, gstRate, Money.ZERO, Money.ZERO, Money.percentOf(taxable, gstRate));
		}
		BigDecimal half = gstRate.divide(TWO);
		return new TaxLine(taxable, gstRate, Money.percentOf(taxable, half), Money.percentOf(taxable, half),
				Money.ZERO);
	}

	/**
	 * An amount that includes GST split into its taxable value and tax at {@code gstRate}
	 * (money given back on part of a line, say): the taxable value is the amount × 100 /
	 * (100 + rate), rounded half up to the paisa; the tax is the rest, as IGST, or as
	 * CGST (half of it, rounded half up) and SGST (the rest of it). The parts always add
	 * up to the amount.
	 */
	public static TaxLine apportion(BigDecimal amountWithGst, BigDecimal gstRate, TaxType type) {
		BigDecimal amount = Money.rupees(amountWithGst);
		BigDecimal taxable = amount.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(100).add(gstRate), 2, RoundingMode.HALF_UP);
		BigDecimal tax = amount.subtract(taxable);
		if (type == TaxType.INTER_STATE) {
			return new TaxLine(taxable, gstRate, Money.ZERO, Money.ZERO, tax);
		}
		BigDecimal cgst = tax.divide(TWO, 2, RoundingMode.HALF_UP);
		return new TaxLine(taxable, gstRate, cgst, tax.subtract(cgst), Money.ZERO);
	}

	/** The price a buyer pays for one unit, GST included, to compare with the MRP. */
	public static BigDecimal priceWithGst(BigDecimal unitPrice, BigDecimal gstRate) {
		return Money.rupees(unitPrice.add(unitPrice.multiply(gstRate).divide(BigDecimal.valueOf(100))));
	}

}
