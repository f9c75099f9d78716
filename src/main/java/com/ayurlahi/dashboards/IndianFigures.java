package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Short figures for chart axes, the Indian way: thousands, lakhs (1,00,000) and crores
 * (1,00,00,000): {@code ₹2.5 L}, {@code ₹1.2 Cr}, {@code 45K}.
 */
public final class IndianFigures {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal LAKH = BigDecimal.valueOf(1_00_000);

	private static final BigDecimal CRORE = BigDecimal.valueOf(1_00_00_000);

	private IndianFigures() {
	}

	/** {@code value} rupees, short: ₹0, ₹750, ₹45K, ₹2.5 L, ₹1.2 Cr. */
	public static String rupees(BigDecimal value) {
		return (value.signum() < 0 ? "-₹" : "₹") + count(value.abs());
	}

	/** {@code value} short: 0, 750, 45K, 2.5 L, 1.2 Cr. */
	public static String count(BigDecimal value) {
		BigDecimal amount = value.abs();
		String sign = value.signum() < 0 ? "-" : "";
		if (amount.compareTo(CRORE) >= 0) {
			return sign + shortened(amount, CRORE) + " Cr";
		}
		if (amount.compareTo(LAKH) >= 0) {
			return sign + shortened(amount, LAKH) + " L";
		}
		if (amount.compareTo(THOUSAND) >= 0) {
			return sign + shortened(amount, THOUSAND) + "K";
		}
		return sign + amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String shortened(BigDecimal amount, BigDecimal unit) {
		return amount.divide(unit, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
