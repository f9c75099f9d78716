package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.ayurlahi.common.tax.Money;

/**
 * A horizontal bar chart of a few named rupee figures, largest first, laid out for an SVG
 * {@link #WIDTH} wide and {@link #ROW} high per row.
 *
 * @param id what the page's elements of this chart are named after
 * @param title what it shows: "Top manufacturers by value, last 30 days"
 */
public record RankedBars(String id, String title, List<Row> rows) {

	public static final int WIDTH = 640;

	public static final int ROW = 28;

	static final double LEFT = 220;

	static final double RIGHT = WIDTH - 110;

	/**
	 * One name and its figure as a bar of {@code width} from {@link #LEFT}, at {@code y}.
	 */
	public record Row(String name, BigDecimal value, String text, double y, double width) {
	}

	/** Rows in the order given (largest first); bars scale to the first. */
	public static RankedBars of(String id, String title, List<String> names, List<BigDecimal> values) {
		BigDecimal largest = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
		List<Row> rows = new ArrayList<>(names.size());
		for (int index = 0; index < names.size(); index++) {
			BigDecimal value = values.get(index);
			double width = largest.signum() == 0 ? 0 : (RIGHT - LEFT) * value.doubleValue() / largest.doubleValue();
			rows.add(new Row(names.get(index), value, Money.format(value), index * ROW, Math.round(width * 10) / 10.0));
		}
		return new RankedBars(id, title, rows);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return Math.max(ROW, rows.size() * ROW);
	}

	public double left() {
		return LEFT;
	}

}
