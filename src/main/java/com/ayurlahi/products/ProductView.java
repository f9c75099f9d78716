package com.ayurlahi.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.GstCalculator;

/**
 * A product as the catalog shows it, read in one query with its manufacturer's name and
 * state.
 *
 * @param orderable whether clinics may order it today: active, not archived, and its
 * manufacturer approved with a valid licence
 */
public record ProductView(UUID id, UUID manufacturerId, String manufacturerName, IndianState manufacturerState,
		String name, String sku, String hsnCode, BigDecimal gstRate, BigDecimal unitPrice, BigDecimal mrp,
		String packSize, DosageForm dosageForm, String composition, @Nullable String description, int minOrderQuantity,
		int stockQuantity, boolean active, boolean medicalSupervision, boolean archived, boolean orderable,
		Instant createdAt) {

	/** Below this many units a clinic is told how few are left. */
	public static final int LOW_STOCK = 10;

	/** What one unit costs with GST. */
	public BigDecimal priceWithGst() {
		return GstCalculator.priceWithGst(unitPrice, gstRate);
	}

	/**
	 * The GST rate as a page shows it before a "%": 5, 12, 18 (no decimals a rate doesn't
	 * have; read once per card of a search, so not formatted in the template).
	 */
	public String gstPercent() {
		return gstRate.stripTrailingZeros().toPlainString();
	}

	/** Whether a clinic can order at least the minimum quantity now. */
	public boolean canOrderMinimum() {
		return orderable && stockQuantity >= minOrderQuantity;
	}

	public boolean lowStock() {
		return stockQuantity > 0 && stockQuantity < LOW_STOCK;
	}

	/** Whether there are {@link #LOW_STOCK} units or more. */
	public boolean wellStocked() {
		return stockQuantity >= LOW_STOCK;
	}
}
