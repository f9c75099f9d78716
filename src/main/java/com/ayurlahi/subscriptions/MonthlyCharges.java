package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What the subscriptions' charges took in a calendar month (Indian time).
 *
 * @param charges how many charges
 * @param amount what they took, GST included
 * @param taxableValue what they took, excluding GST
 * @param refunded what was refunded of them so far
 */
public record MonthlyCharges(YearMonth month, long charges, BigDecimal amount, BigDecimal taxableValue,
		BigDecimal refunded) {

	/** What they took less what was refunded. */
	public BigDecimal net() {
		return amount.subtract(refunded);
	}

}
