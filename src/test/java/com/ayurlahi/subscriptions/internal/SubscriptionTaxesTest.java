package com.ayurlahi.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;

/**
 * The taxable value of an amount charged: the one that, with GST rounded as the invoice
 * rounds it, makes the amount exactly.
 */
class SubscriptionTaxesTest {

	private static final BigDecimal GST = new BigDecimal("18.00");

	@Test
	void theDemoPlansMonthlyTotalsGoBackToTheirPrices() {
		assertThat(SubscriptionTaxes.taxableOf(new BigDecimal("1178.82"), GST, TaxType.INTRA_STATE))
			.contains(new BigDecimal("999.00"));
		assertThat(SubscriptionTaxes.taxableOf(new BigDecimal("2948.82"), GST, TaxType.INTER_STATE))
			.contains(new BigDecimal("2499.00"));
	}

	@Test
	void everyTotalMadeFromATaxableValueGoesBackToThatValueForBothTaxTypes() {
		for (TaxType type : TaxType.values()) {
			for (int paise = 1; paise <= 300_000; paise += 7) {
				BigDecimal taxable = BigDecimal.valueOf(paise, 2);
				BigDecimal total = GstCalculator.line(taxable, 1, GST, type).total();
				assertThat(SubscriptionTaxes.taxableOf(total, GST, type)).as("%s %s", type, taxable).contains(taxable);
			}
		}
	}

	@Test
	void aTotalNoTaxableValueMakesWithinTheStateHasNone() {
		// ₹48.38 → CGST + SGST ₹4.35 each = ₹57.08; ₹48.39 → ₹4.36 each = ₹57.11:
		// nothing makes ₹57.09 or ₹57.10 within a state, though ₹57.10 is ₹48.39 with
		// IGST
		assertThat(SubscriptionTaxes.taxableOf(new BigDecimal("57.09"), GST, TaxType.INTRA_STATE)).isEmpty();
		assertThat(SubscriptionTaxes.taxableOf(new BigDecimal("57.10"), GST, TaxType.INTRA_STATE)).isEmpty();
		assertThat(SubscriptionTaxes.taxableOf(new BigDecimal("57.10"), GST, TaxType.INTER_STATE))
			.contains(new BigDecimal("48.39"));
	}

}
