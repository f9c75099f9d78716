package com.ayurlahi.common.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.gst.IndianState;

class GstCalculatorTest {

	@Test
	void withinAStateHalfTheRateEachAsCgstAndSgst() {
		TaxLine line = GstCalculator.line(new BigDecimal("185.00"), 3, new BigDecimal("5"), TaxType.INTRA_STATE);

		assertThat(line.taxableValue()).isEqualByComparingTo("555.00");
		assertThat(line.cgst()).isEqualByComparingTo("13.88");
		assertThat(line.sgst()).isEqualByComparingTo("13.88");
		assertThat(line.igst()).isEqualByComparingTo("0.00");
		assertThat(line.total()).isEqualByComparingTo("582.76");
	}

	@Test
	void acrossStatesTheFullRateAsIgst() {
		TaxLine line = GstCalculator.line(new BigDecimal("185.00"), 3, new BigDecimal("5"), TaxType.INTER_STATE);

		assertThat(line.igst()).isEqualByComparingTo("27.75");
		assertThat(line.cgst()).isEqualByComparingTo("0.00");
		assertThat(line.total()).isEqualByComparingTo("582.75");
	}

	@Test
	void eachHalfIsRoundedOnItsOwnSoIntraStateCanBeAPaisaMoreThanIgst() {
		TaxLine intra = GstCalculator.line(new BigDecimal("10.10"), 1, new BigDecimal("5"), TaxType.INTRA_STATE);
		TaxLine inter = GstCalculator.line(new BigDecimal("10.10"), 1, new BigDecimal("5"), TaxType.INTER_STATE);

		assertThat(intra.cgst()).isEqualByComparingTo("0.25");
		assertThat(intra.tax()).isEqualByComparingTo("0.50");
		assertThat(inter.igst()).isEqualByComparingTo("0.51");
	}

	@Test
	void totalsAreSumsOfLineAmounts() {
		TaxTotals totals = TaxTotals
			.of(List.of(GstCalculator.line(new BigDecimal("99.99"), 7, new BigDecimal("12"), TaxType.INTRA_STATE),
					GstCalculator.line(new BigDecimal("0.33"), 3, new BigDecimal("18"), TaxType.INTRA_STATE),
					GstCalculator.line(new BigDecimal("250.00"), 1, new BigDecimal("0"), TaxType.INTRA_STATE)));

		assertThat(totals.taxableValue()).isEqualByComparingTo("950.92");
		assertThat(totals.cgst()).isEqualByComparingTo("42.09");
		assertThat(totals.sgst()).isEqualByComparingTo("42.09");
		assertThat(totals.total()).isEqualByComparingTo("1035.10");
	}

	@Test
	void theTaxTypeFollowsThePlaceOfSupply() {
		assertThat(TaxType.of(IndianState.KERALA, IndianState.KERALA)).isEqualTo(TaxType.INTRA_STATE);
		assertThat(TaxType.of(IndianState.MAHARASHTRA, IndianState.KERALA)).isEqualTo(TaxType.INTER_STATE);
	}

	@Test
	void ratesAndPricesWithGst() {
		assertThat(GstCalculator.isGstRate(new BigDecimal("5.00"))).isTrue();
		assertThat(GstCalculator.isGstRate(new BigDecimal("28"))).isFalse();
		assertThat(GstCalculator.priceWithGst(new BigDecimal("142.86"), new BigDecimal("5")))
			.isEqualByComparingTo("150.00");
		assertThat(Money.toPaise(new BigDecimal("295.00"))).isEqualTo(29500);
		assertThatThrownBy(() -> GstCalculator.line(BigDecimal.ONE, 0, BigDecimal.ONE, TaxType.INTER_STATE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAmountWithGstSplitsIntoTaxableValueAndTaxThatAddUpToIt() {
		TaxLine within = GstCalculator.apportion(new BigDecimal("117.00"), new BigDecimal("12"), TaxType.INTRA_STATE);
		TaxLine across = GstCalculator.apportion(new BigDecimal("105.00"), new BigDecimal("5"), TaxType.INTER_STATE);
		TaxLine odd = GstCalculator.apportion(new BigDecimal("1.00"), new BigDecimal("5"), TaxType.INTRA_STATE);

		assertThat(within.taxableValue()).isEqualByComparingTo("104.46");
		assertThat(within.cgst()).isEqualByComparingTo("6.27");
		assertThat(within.sgst()).isEqualByComparingTo("6.27");
		assertThat(within.total()).isEqualByComparingTo("117.00");
		assertThat(across.taxableValue()).isEqualByComparingTo("100.00");
		assertThat(across.igst()).isEqualByComparingTo("5.00");
		assertThat(odd.taxableValue()).isEqualByComparingTo("0.95");
		assertThat(odd.cgst()).isEqualByComparingTo("0.03");
		assertThat(odd.sgst()).isEqualByComparingTo("0.02");
		assertThat(odd.total()).isEqualByComparingTo("1.00");
	}

}
