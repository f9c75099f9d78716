package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;

/**
 * What an upgrade charges at once for the rest of the paid cycle: the difference of the
 * monthly prices (excluding GST) × the days left in the cycle ÷ the days in the cycle,
 * rounded half up to the paisa as the taxable value, plus GST on it for the clinic's tax
 * type (CGST + SGST or IGST, each rounded on its own). Days are calendar days in Indian
 * time: the cycle from 5 Dec to 5 Jan has 31; on 24 Dec 12 are left (24 Dec to 4 Jan: the
 * day of the change counts, the day the new cycle starts does not).
 *
 * @param daysLeft days of the cycle from today to its end
 * @param daysInCycle days of the whole cycle
 * @param charge the taxable value, the GST on it and the total charged
 */
public record Proration(long daysLeft, long daysInCycle, TaxLine charge) {

	/**
	 * The upgrade from {@code oldPrice} to {@code newPrice} at {@code now} within the
	 * cycle from {@code cycleStart} to {@code cycleEnd}.
	 */
	public static Proration of(BigDecimal oldPrice, BigDecimal newPrice, Instant cycleStart, Instant cycleEnd,
			Instant now, BigDecimal gstRate, TaxType type) {
		if (newPrice.compareTo(oldPrice) <= 0) {
			throw new IllegalArgumentException("Only an upgrade is prorated");
		}
		LocalDate start = day(cycleStart);
		LocalDate end = day(cycleEnd);
		long daysInCycle = Math.max(1, ChronoUnit.DAYS.between(start, end));
		long daysLeft = Math.clamp(ChronoUnit.DAYS.between(day(now), end), 0, daysInCycle);
		BigDecimal taxable = newPrice.subtract(oldPrice)
			.multiply(BigDecimal.valueOf(daysLeft))
			.divide(BigDecimal.valueOf(daysInCycle), 2, RoundingMode.HALF_UP);
		TaxLine charge = taxable.signum() == 0 ? new TaxLine(Money.ZERO, gstRate, Money.ZERO, Money.ZERO, Money.ZERO)
				: GstCalculator.line(taxable, 1, gstRate, type);
		return new Proration(daysLeft, daysInCycle, charge);
	}

	/** Whether anything is charged at once (nothing on the cycle's last day). */
	public boolean chargesAnything() {
		return charge.total().signum() > 0;
	}

	private static LocalDate day(Instant at) {
		return at.atZone(IndianTime.ZONE).toLocalDate();
	}

}
