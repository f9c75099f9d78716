package com.ayurlahi.orders;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxTotals;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.products.ProductView;

/**
 * A clinic's cart as it stands now, priced with today's catalog for delivery to
 * {@code deliveryState}: one group per manufacturer (each becomes one order), each line
 * with its tax from the shared calculator and, if it can't be ordered as it is, why.
 */
public record CartView(IndianState deliveryState, List<Group> groups) {

	public boolean isEmpty() {
		return groups.isEmpty();
	}

	public int lineCount() {
		return groups.stream().mapToInt(group -> group.lines().size()).sum();
	}

	/** Whether every line can be ordered as it is. */
	public boolean readyForCheckout() {
		return !isEmpty() && groups.stream().allMatch(Group::ready);
	}

	public TaxTotals totals() {
		TaxTotals totals = TaxTotals.NONE;
		for (Group group : groups) {
			for (Line line : group.lines()) {
				totals = totals.plus(line.tax());
			}
		}
		return totals;
	}

	/** The lines of one manufacturer: one order at checkout. */
	public record Group(UUID manufacturerId, String manufacturerName, IndianState manufacturerState, TaxType taxType,
			List<Line> lines) {

		public TaxTotals totals() {
			return TaxTotals.of(lines.stream().map(Line::tax).toList());
		}

		public boolean ready() {
			return lines.stream().allMatch(line -> line.problem() == null);
		}

		public boolean intraState() {
			return taxType == TaxType.INTRA_STATE;
		}
	}

	/**
	 * A product in the cart, what it costs with tax, and what stops it being ordered, if
	 * anything.
	 */
	public record Line(ProductView product, int quantity, TaxLine tax, @Nullable String problem) {
	}
}
