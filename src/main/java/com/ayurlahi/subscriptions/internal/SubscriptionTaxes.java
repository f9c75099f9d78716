package com.ayurlahi.subscriptions.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.SubscriptionSettings;

/**
 * GST on the platform's subscription fee: {@code ayurlahi.subscriptions.gst-rate}, CGST +
 * SGST when the clinic's GSTIN is of the platform's state and IGST otherwise (place of
 * supply of a B2B service: the recipient's location). The platform's state is that of its
 * GSTIN, read from the one setting the invoices module prints on every document
 * ({@code ayurlahi.invoices.platform.gstin}, {@code PLATFORM_GSTIN}), so the two can
 * never disagree; this module does not depend on the invoices module.
 */
@Component
public class SubscriptionTaxes {

	private final IndianState platformState;

	private final BigDecimal gstRate;

	SubscriptionTaxes(@Value("${ayurlahi.invoices.platform.gstin}") String platformGstin,
			SubscriptionSettings settings) {
		this.platformState = Gstin.parse(platformGstin).state();
		this.gstRate = settings.gstRate();
	}

	/** How the clinic's subscription fee is taxed. */
	public TaxType typeFor(Clinic clinic) {
		return TaxType.of(platformState, clinic.getGstin().state());
	}

	/** GST on a taxable value for the tax type. */
	public TaxLine on(BigDecimal taxableValue, TaxType type) {
		return GstCalculator.line(taxableValue, 1, gstRate, type);
	}

	/**
	 * What Razorpay charges each cycle for the plan: its monthly price with GST, the same
	 * whether taxed as CGST + SGST or IGST (a plan whose price gives two totals is
	 * refused here, as when it is created).
	 */
	public BigDecimal monthlyTotal(Plan plan) {
		BigDecimal intra = on(plan.getMonthlyPrice(), TaxType.INTRA_STATE).total();
		BigDecimal inter = on(plan.getMonthlyPrice(), TaxType.INTER_STATE).total();
		if (intra.compareTo(inter) != 0) {
			throw new IllegalStateException("The price of " + plan.getName() + " gives " + intra
					+ " with CGST + SGST and " + inter + " with IGST.");
		}
		return intra;
	}

	/**
	 * The taxable value that, with GST for the tax type, makes exactly {@code amount}, if
	 * there is one: GST rounds each part to the paisa, so not every amount is reachable
	 * (the total rises by one or more paise with every paisa of taxable value).
	 */
	public Optional<BigDecimal> taxableOf(BigDecimal amount, TaxType type) {
		return taxableOf(amount, gstRate, type);
	}

	/** {@link #taxableOf(BigDecimal, TaxType)} at a given rate. */
	static Optional<BigDecimal> taxableOf(BigDecimal amount, BigDecimal rate, TaxType type) {
		BigDecimal target = Money.rupees(amount);
		BigDecimal estimate = target.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(100).add(rate), 2, RoundingMode.HALF_UP);
		for (int step = -2; step <= 2; step++) {
			BigDecimal candidate = estimate.add(BigDecimal.valueOf(step, 2));
			if (candidate.signum() > 0 && GstCalculator.line(candidate, 1, rate, type).total().compareTo(target) == 0) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * The amount split into taxable value and GST when no taxable value makes it exactly.
	 */
	public TaxLine apportioned(BigDecimal amount, TaxType type) {
		return GstCalculator.apportion(amount, gstRate, type);
	}

	public BigDecimal gstRate() {
		return gstRate;
	}

}
