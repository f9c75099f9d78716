package com.ayurlahi.products;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a stock file would change, row by row, with every problem found; it can be applied
 * only when there are none.
 *
 * @param problems what is wrong with the file as a whole (empty, too long, unreadable)
 */
public record StockImportPreview(List<Row> rows, List<String> problems) {

	public static final int MAX_ROWS = 5_000;

	public boolean applicable() {
		return problems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
	}

	public long invalidRows() {
		return rows.stream().filter(row -> !row.valid()).count();
	}

	/**
	 * One line of the file: what it asks for, the product it names (if found) with its
	 * current stock and price, and what is wrong with it.
	 */
	public record Row(long line, String sku, @Nullable Integer stock, @Nullable BigDecimal unitPrice,
			@Nullable String productName, @Nullable Integer currentStock, @Nullable BigDecimal currentUnitPrice,
			List<String> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

		public boolean changesPrice() {
			return unitPrice != null && currentUnitPrice != null && unitPrice.compareTo(currentUnitPrice) != 0;
		}
	}
}
