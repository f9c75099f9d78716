package com.ayurlahi.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;

/**
 * The upgrade's charge for the rest of the cycle, worked out to the paisa: (new price −
 * old price) × days left ÷ days in the cycle, half up, then GST per half or in full.
 */
class ProrationTest {

	private static final BigDecimal CLINIC = new BigDecimal("999.00");

	private static final BigDecimal CLINIC_PLUS = new BigDecimal("2499.00");

	private static final BigDecimal GST = new BigDecimal("18.00");

	/** 5 Dec 2026 15:30 IST to 5 Jan 2027 15:30 IST: 31 days. */
	private static final Instant DECEMBER_START = ist("2026-12-05T15:30");

	private static final Instant DECEMBER_END = ist("2027-01-05T15:30");

	@Test
	void twelveOfThirtyOneDaysLeftCostTwelveThirtyFirstsOfTheDifferencePlusGst() {
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, ist("2026-12-24T23:50"),
				GST, TaxType.INTER_STATE);

		// ₹1,500 × 12 ÷ 31 = ₹580.645… → ₹580.65; IGST 18 % = ₹104.517 → ₹104.52
		assertThat(proration.daysLeft()).isEqualTo(12);
		assertThat(proration.daysInCycle()).isEqualTo(31);
		assertCharge(proration.charge(), "580.65", "0.00", "0.00", "104.52", "685.17");
	}

	@Test
	void theSameWithinTheStateIsCgstAndSgstEachRoundedOnItsOwn() {
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, ist("2026-12-24T09:00"),
				GST, TaxType.INTRA_STATE);

		// 9 % of ₹580.65 = ₹52.2585 → ₹52.26 twice
		assertCharge(proration.charge(), "580.65", "52.26", "52.26", "0.00", "685.17");
	}

	@Test
	void daysAreCountedInIndianTimeSoMidnightInIndiaIsTheNextDay() {
		// 18:30 UTC on 24 Dec is midnight of 25 Dec in India: 11 days are left
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END,
				Instant.parse("2026-12-24T18:30:00Z"), GST, TaxType.INTER_STATE);

		// ₹1,500 × 11 ÷ 31 = ₹532.258… → ₹532.26; IGST ₹95.8068 → ₹95.81
		assertThat(proration.daysLeft()).isEqualTo(11);
		assertCharge(proration.charge(), "532.26", "0.00", "0.00", "95.81", "628.07");
	}

	@Test
	void aThirtyDayCycleWithTwelveDaysLeftChargesExactlyTwoFifths() {
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, ist("2026-11-05T10:00"), ist("2026-12-05T10:00"),
				ist("2026-11-23T12:00"), GST, TaxType.INTER_STATE);

		assertThat(proration.daysInCycle()).isEqualTo(30);
		assertCharge(proration.charge(), "600.00", "0.00", "0.00", "108.00", "708.00");
	}

	@Test
	void onTheCycleLastDayOneDayIsChargedAndTheTwoTaxTypesMayDifferByAPaisa() {
		Instant lastDay = ist("2027-01-04T20:00");

		Proration inter = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, lastDay, GST,
				TaxType.INTER_STATE);
		Proration intra = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, lastDay, GST,
				TaxType.INTRA_STATE);

		// ₹1,500 ÷ 31 = ₹48.387… → ₹48.39; IGST ₹8.7102 → ₹8.71, but CGST and SGST
		// ₹4.3551 → ₹4.36 each: ₹57.10 across states, ₹57.11 within one
		assertThat(inter.daysLeft()).isEqualTo(1);
		assertCharge(inter.charge(), "48.39", "0.00", "0.00", "8.71", "57.10");
		assertCharge(intra.charge(), "48.39", "4.36", "4.36", "0.00", "57.11");
	}

	@Test
	void onTheDayTheCycleStartsTheWholeDifferenceIsCharged() {
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, ist("2026-12-05T16:00"),
				GST, TaxType.INTER_STATE);

		assertThat(proration.daysLeft()).isEqualTo(31);
		assertCharge(proration.charge(), "1500.00", "0.00", "0.00", "270.00", "1770.00");
	}

	@Test
	void onTheDayTheNextCycleStartsNothingIsLeftToCharge() {
		Proration proration = Proration.of(CLINIC, CLINIC_PLUS, DECEMBER_START, DECEMBER_END, ist("2027-01-05T09:00"),
				GST, TaxType.INTER_STATE);

		assertThat(proration.daysLeft()).isZero();
		assertThat(proration.chargesAnything()).isFalse();
		assertCharge(proration.charge(), "0.00", "0.00", "0.00", "0.00", "0.00");
	}

	@Test
	void onlyAnUpgradeIsProrated() {
		assertThatThrownBy(() -> Proration.of(CLINIC_PLUS, CLINIC, DECEMBER_START, DECEMBER_END,
				ist("2026-12-24T09:00"), GST, TaxType.INTER_STATE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertCharge(TaxLine charge, String taxable, String cgst, String sgst, String igst,
			String total) {
		assertThat(charge.taxableValue()).isEqualTo(taxable);
		assertThat(charge.cgst()).isEqualTo(cgst);
		assertThat(charge.sgst()).isEqualTo(sgst);
		assertThat(charge.igst()).isEqualTo(igst);
		assertThat(charge.total()).isEqualTo(total);
	}

	private static Instant ist(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
	}

}
