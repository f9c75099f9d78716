package com.ayurlahi.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Charts' layout and their figures the Indian way, with worked examples.
 */
class BarChartTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

	@Test
	void axisFiguresAreShortInThousandsLakhsAndCrores() {
		assertThat(IndianFigures.rupees(new BigDecimal("750"))).isEqualTo("₹750");
		assertThat(IndianFigures.rupees(new BigDecimal("45000"))).isEqualTo("₹45K");
		assertThat(IndianFigures.rupees(new BigDecimal("250000"))).isEqualTo("₹2.5 L");
		assertThat(IndianFigures.rupees(new BigDecimal("12000000"))).isEqualTo("₹1.2 Cr");
		assertThat(IndianFigures.count(new BigDecimal("2.5"))).isEqualTo("2.5");
		assertThat(IndianFigures.count(new BigDecimal("150000"))).isEqualTo("1.5 L");
	}

	@Test
	void theAxisEndsAtARoundFigureAboveTheHighestBar() {
		assertThat(BarChart.niceCeiling(new BigDecimal("123456.70"), true)).isEqualByComparingTo("200000");
		assertThat(BarChart.niceCeiling(new BigDecimal("240000"), true)).isEqualByComparingTo("250000");
		assertThat(BarChart.niceCeiling(new BigDecimal("0"), true)).isEqualByComparingTo("1000");
		assertThat(BarChart.niceCeiling(new BigDecimal("3"), false)).isEqualByComparingTo("4");
		assertThat(BarChart.niceCeiling(new BigDecimal("5"), false)).isEqualByComparingTo("8");
		assertThat(BarChart.niceCeiling(new BigDecimal("41"), false)).isEqualByComparingTo("52");
	}

	@Test
	void eachDayHasABarPerSeriesScaledToTheAxisWithItsFigureInFull() {
		Map<String, Map<LocalDate, BigDecimal>> series = new LinkedHashMap<>();
		series.put("Sales", Map.of(TODAY, new BigDecimal("123456.70"), TODAY.minusDays(29), new BigDecimal("50000")));
		series.put("Payouts", Map.of(TODAY, new BigDecimal("100000")));

		BarChart chart = BarChart.daily("sales", "Sales and payouts per day", true, TODAY, 30, series);

		assertThat(chart.days()).hasSize(30);
		assertThat(chart.days().getFirst().date()).isEqualTo(TODAY.minusDays(29));
		assertThat(chart.days().getLast().bars()).extracting(BarChart.Bar::text)
			.containsExactly("₹1,23,456.70", "₹1,00,000.00");
		assertThat(chart.days().getLast().bars().get(1).height()).as("half the axis of ₹2 L")
			.isEqualTo((BarChart.BOTTOM - BarChart.TOP) / 2, org.assertj.core.data.Offset.offset(0.1));
		assertThat(chart.days().get(1).bars().getFirst().height()).isZero();
		assertThat(chart.ticks()).extracting(BarChart.Tick::label)
			.containsExactly("₹0", "₹50K", "₹1 L", "₹1.5 L", "₹2 L");
		assertThat(chart.totals()).containsExactly("₹1,73,456.70", "₹1,00,000.00");
		assertThat(chart.days().getLast().label()).isEqualTo("5 Dec");
		assertThat(chart.days().get(22).label()).isEqualTo("28 Nov");
		assertThat(chart.days().get(21).label()).isNull();
	}

	@Test
	void countsAreWrittenTheIndianWay() {
		assertThat(BarChart.whole(new BigDecimal("1234567"))).isEqualTo("12,34,567");
	}

}
