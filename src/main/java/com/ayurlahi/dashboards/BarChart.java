package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ayurlahi.common.tax.Money;

/**
 * A bar chart of figures per day, laid out for an SVG of {@link #WIDTH} by
 * {@link #HEIGHT} (the template only places what is computed here): one bar per series
 * and day, side by side, an axis with five ticks labelled in lakhs and crores, and each
 * figure written in full for the chart's table.
 *
 * @param id what the page's elements of this chart are named after (unique on the page)
 * @param title what the chart shows: "Gross value per day"
 * @param seriesNames each series' name, in the order of its bars
 * @param days the days, oldest first
 * @param ticks the value axis' ticks, from zero up
 */
public record BarChart(String id, String title, List<String> seriesNames, List<Day> days, List<Tick> ticks) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 240;

	static final double LEFT = 64;

	static final double RIGHT = WIDTH - 8;

	static final double TOP = 8;

	static final double BOTTOM = HEIGHT - 28;

	private static final int TICKS = 4;

	/**
	 * One day of the chart.
	 *
	 * @param label the date under its bars, on every seventh day from the last; null on
	 * the others
	 */
	public record Day(LocalDate date, List<Bar> bars, double labelX, @org.jspecify.annotations.Nullable String label) {
	}

	/**
	 * One figure as a bar.
	 *
	 * @param series its series' index (the template colours by it)
	 * @param text the figure in full: ₹1,23,456.70 or 1,234
	 */
	public record Bar(int series, BigDecimal value, String text, double x, double y, double width, double height) {
	}

	/** A tick of the value axis at {@code y}, labelled short (₹2.5 L). */
	public record Tick(String label, double y) {
	}

	/**
	 * A chart of {@code days} days up to {@code last}, one bar a day for each series;
	 * days a series has no figure for show zero.
	 * @param money whether the figures are rupees (else counts)
	 * @param series each series' name and figures by day
	 */
	public static BarChart daily(String id, String title, boolean money, LocalDate last, int days,
			Map<String, Map<LocalDate, BigDecimal>> series) {
		List<String> names = List.copyOf(series.keySet());
		List<Map<LocalDate, BigDecimal>> figures = List.copyOf(series.values());
		LocalDate first = last.minusDays(days - 1L);
		BigDecimal highest = BigDecimal.ZERO;
		for (Map<LocalDate, BigDecimal> byDay : figures) {
			for (Map.Entry<LocalDate, BigDecimal> figure : byDay.entrySet()) {
				if (!figure.getKey().isBefore(first) && !figure.getKey().isAfter(last)) {
					highest = highest.max(figure.getValue());
				}
			}
		}
		BigDecimal top = niceCeiling(highest, money);
		double slot = (RIGHT - LEFT) / days;
		double barWidth = Math.max(1, (slot - 2) / names.size());
		List<Day> chartDays = new ArrayList<>(days);
		for (int index = 0; index < days; index++) {
			LocalDate date = first.plusDays(index);
			double slotX = LEFT + index * slot;
			List<Bar> bars = new ArrayList<>(names.size());
			for (int s = 0; s < names.size(); s++) {
				BigDecimal value = figures.get(s).getOrDefault(date, BigDecimal.ZERO);
				double height = (BOTTOM - TOP) * value.doubleValue() / top.doubleValue();
				bars.add(new Bar(s, value, money ? Money.format(value) : whole(value), round(slotX + 1 + s * barWidth),
						round(BOTTOM - height), round(barWidth), round(height)));
			}
			boolean labelled = (days - 1 - index) % 7 == 0;
			chartDays
				.add(new Day(date, bars, round(slotX + slot / 2), labelled
						? date.getDayOfMonth() + " "
								+ date.getMonth()
									.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
						: null));
		}
		List<Tick> ticks = new ArrayList<>(TICKS + 1);
		for (int step = 0; step <= TICKS; step++) {
			BigDecimal value = top.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(TICKS));
			ticks.add(new Tick(money ? IndianFigures.rupees(value) : IndianFigures.count(value),
					round(BOTTOM - (BOTTOM - TOP) * step / TICKS)));
		}
		return new BarChart(id, title, names, chartDays, ticks);
	}

	/** The SVG's view box. */
	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** Where the value axis' line and the day labels are drawn. */
	public double left() {
		return LEFT;
	}

	public double right() {
		return RIGHT;
	}

	public double bottom() {
		return BOTTOM;
	}

	/** The sum of each series over the chart's days, in full. */
	public List<String> totals() {
		List<String> totals = new ArrayList<>(seriesNames.size());
		for (int s = 0; s < seriesNames.size(); s++) {
			int series = s;
			BigDecimal sum = days.stream()
				.map(day -> day.bars().get(series).value())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			boolean money = days.stream().anyMatch(day -> day.bars().get(series).text().startsWith("₹"));
			totals.add(money ? Money.format(sum) : whole(sum));
		}
		return totals;
	}

	/**
	 * The smallest of 1, 2, 2.5 and 5 times a power of ten at least {@code highest} (a
	 * count: then up to a multiple of four), and at least 4 (a count) or ₹1,000.
	 */
	static BigDecimal niceCeiling(BigDecimal highest, boolean money) {
		BigDecimal floor = money ? BigDecimal.valueOf(1000) : BigDecimal.valueOf(4);
		if (highest.compareTo(floor) <= 0) {
			return floor;
		}
		BigDecimal magnitude = BigDecimal.ONE.movePointRight(highest.setScale(0, RoundingMode.CEILING).precision() - 1);
		for (String factor : List.of("1", "2", "2.5", "5", "10")) {
			BigDecimal candidate = magnitude.multiply(new BigDecimal(factor));
			if (candidate.compareTo(highest) >= 0) {
				return money ? candidate.stripTrailingZeros() : wholeQuarters(candidate);
			}
		}
		return magnitude.multiply(BigDecimal.TEN);
	}

	/** The count rounded up to a multiple of four, so that each tick is a whole count. */
	private static BigDecimal wholeQuarters(BigDecimal count) {
		BigDecimal four = BigDecimal.valueOf(4);
		return count.divide(four, 0, RoundingMode.CEILING).multiply(four);
	}

	/** A count the Indian way: 1,23,456. */
	static String whole(BigDecimal value) {
		String rupees = Money.format(value.setScale(0, RoundingMode.HALF_UP));
		return rupees.replace("₹", "").replace(".00", "");
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
