package com.ayurlahi.common.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rupee amounts: {@link BigDecimal} with two decimals, rounded half up to the paisa.
 * Paise as {@code long} only where Razorpay wants them.
 */
public final class Money {

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/** {@code amount} rounded half up to the paisa. */
	public static BigDecimal rupees(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** {@code rate} percent of {@code amount}, rounded half up to the paisa. */
	public static BigDecimal percentOf(BigDecimal amount, BigDecimal rate) {
		return rupees(amount.multiply(rate).divide(HUNDRED));
	}

	/**
	 * {@code amount} as Indians write it: ₹1,23,456.70 (thousands, then groups of two
	 * digits: lakhs, crores).
	 */
	public static String format(BigDecimal amount) {
		BigDecimal rounded = rupees(amount);
		String digits = rounded.abs().toPlainString();
		int point = digits.indexOf('.');
		String whole = digits.substring(0, point);
		StringBuilder grouped = new StringBuilder();
		int end = whole.length();
		int group = 3;
		while (end > 0) {
			int start = Math.max(0, end - group);
			grouped.insert(0, whole, start, end);
			if (start > 0) {
				grouped.insert(0, ',');
			}
			end = start;
			group = 2;
		}
		return (rounded.signum() < 0 ? "-₹" : "₹") + grouped + digits.substring(point);
	}

	public static long toPaise(BigDecimal rupees) {
		return rupees(rupees).movePointRight(2).longValueExact();
	}

}
