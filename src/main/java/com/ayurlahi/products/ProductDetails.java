package com.ayurlahi.products;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.tax.GstCalculator;

/**
 * What a manufacturer says about a product, checked against the catalog's rules: an HSN
 * code of 4, 6 or 8 digits, a GST rate the law allows, prices in rupees and paise, and a
 * price with GST that does not exceed the MRP. The SKU is trimmed and upper-cased. Stock
 * and the active flag are changed on their own.
 */
public record ProductDetails(String name, String sku, String hsnCode, BigDecimal gstRate, BigDecimal unitPrice,
		BigDecimal mrp, String packSize, DosageForm dosageForm, String composition, @Nullable String description,
		int minOrderQuantity, boolean medicalSupervision) {

	/** Letters, digits and {@code - _ / .}, as manufacturers print them on packs. */
	public static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]{0,39}";

	public static final String HSN_PATTERN = "[0-9]{4}|[0-9]{6}|[0-9]{8}";

	public static final BigDecimal MAX_PRICE = new BigDecimal("1000000.00");

	private static final Pattern SKU = Pattern.compile(SKU_PATTERN);

	private static final Pattern HSN = Pattern.compile(HSN_PATTERN);

	public ProductDetails {
		name = name.strip();
		sku = sku.strip().toUpperCase(Locale.ROOT);
		hsnCode = hsnCode.strip();
		packSize = packSize.strip();
		composition = composition.strip();
		description = description == null || description.isBlank() ? null : description.strip();
		if (!SKU.matcher(sku).matches()) {
			throw new InvalidInputException("sku",
					"Use up to 40 letters, digits, dots, dashes, slashes or underscores.");
		}
		if (!HSN.matcher(hsnCode).matches()) {
			throw new InvalidInputException("hsnCode", "An HSN code has 4, 6 or 8 digits, such as 3004 or 30049011.");
		}
		if (!GstCalculator.isGstRate(gstRate)) {
			throw new InvalidInputException("gstRate", "The GST rate is 0, 5, 12 or 18 percent.");
		}
		unitPrice = price("unitPrice", unitPrice);
		mrp = price("mrp", mrp);
		gstRate = gstRate.setScale(2);
		BigDecimal withGst = GstCalculator.priceWithGst(unitPrice, gstRate);
		if (withGst.compareTo(mrp) > 0) {
			throw new InvalidInputException("mrp", "The price with GST (₹" + withGst.toPlainString()
					+ ") may not exceed the MRP (₹" + mrp.toPlainString() + ").");
		}
		if (minOrderQuantity < 1 || minOrderQuantity > 10_000) {
			throw new InvalidInputException("minOrderQuantity", "The minimum order is 1 to 10,000 units.");
		}
	}

	/** The same product at another price; the MRP rule holds as for any change. */
	public ProductDetails withUnitPrice(BigDecimal newUnitPrice) {
		return new ProductDetails(name, sku, hsnCode, gstRate, newUnitPrice, mrp, packSize, dosageForm, composition,
				description, minOrderQuantity, medicalSupervision);
	}

	/**
	 * A price of at least one paisa, at most {@link #MAX_PRICE}, with no fractions of a
	 * paisa.
	 */
	static BigDecimal price(String field, BigDecimal amount) {
		if (amount.signum() <= 0 || amount.compareTo(MAX_PRICE) > 0) {
			throw new InvalidInputException(field, "Enter an amount from ₹0.01 to ₹10,00,000.");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException(field, "Enter rupees with at most two decimals (paise).");
		}
		return amount.setScale(2);
	}
}
