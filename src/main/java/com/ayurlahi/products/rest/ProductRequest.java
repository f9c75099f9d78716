package com.ayurlahi.products.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductDetails;
import com.ayurlahi.products.ProductView;

/**
 * A product as {@code POST /api/products} takes it, and as a {@code PATCH} leaves it
 * after merging. On a {@code PATCH}, {@code stockQuantity} and {@code active} change only
 * when given.
 */
record ProductRequest(
		@NotBlank(message = "is required") @Size(max = 200,
				message = "must be at most 200 characters") @PlainText @Nullable String name,
		@NotBlank(message = "is required") @Pattern(regexp = ProductDetails.SKU_PATTERN,
				message = "must be up to 40 letters, digits, dots, dashes, slashes or underscores") @Nullable String sku,
		@NotBlank(message = "is required") @Pattern(regexp = ProductDetails.HSN_PATTERN,
				message = "must be 4, 6 or 8 digits") @Nullable String hsnCode,
		@NotNull(message = "is required") @Nullable BigDecimal gstRate,
		@NotNull(message = "is required") @Digits(integer = 7, fraction = 2,
				message = "must be rupees with at most two decimals") @Nullable BigDecimal unitPrice,
		@NotNull(message = "is required") @Digits(integer = 7, fraction = 2,
				message = "must be rupees with at most two decimals") @Nullable BigDecimal mrp,
		@NotBlank(message = "is required") @Size(max = 40,
				message = "must be at most 40 characters") @PlainText @Nullable String packSize,
		@NotNull(message = "is required") @Nullable DosageForm dosageForm,
		@NotBlank(message = "is required") @Size(max = 1000,
				message = "must be at most 1000 characters") @PlainText @Nullable String composition,
		@Size(max = 2000,
				message = "must be at most 2000 characters") @PlainText(multiLine = true) @Nullable String description,
		@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 10_000,
				message = "must be at most 10000") @Nullable Integer minOrderQuantity,
		@Min(value = 0, message = "must not be negative") @Max(value = ProductListing.MAX_STOCK,
				message = "must be at most 1000000") @Nullable Integer stockQuantity,
		@Nullable Boolean medicalSupervision, @Nullable Boolean active) {

	/**
	 * This request's fields where given, the product's current ones elsewhere (stock and
	 * active stay as given).
	 */
	ProductRequest over(ProductView product) {
		return new ProductRequest(or(name, product.name()), or(sku, product.sku()), or(hsnCode, product.hsnCode()),
				gstRate != null ? gstRate : product.gstRate(), unitPrice != null ? unitPrice : product.unitPrice(),
				mrp != null ? mrp : product.mrp(), or(packSize, product.packSize()),
				dosageForm != null ? dosageForm : product.dosageForm(), or(composition, product.composition()),
				description != null ? description : product.description(),
				minOrderQuantity != null ? minOrderQuantity : product.minOrderQuantity(), stockQuantity,
				medicalSupervision != null ? medicalSupervision : product.medicalSupervision(), active);
	}

	ProductDetails toDetails() {
		return new ProductDetails(String.valueOf(name), String.valueOf(sku), String.valueOf(hsnCode), nonNull(gstRate),
				nonNull(unitPrice), nonNull(mrp), String.valueOf(packSize), nonNull(dosageForm),
				String.valueOf(composition), description, nonNull(minOrderQuantity),
				Boolean.TRUE.equals(medicalSupervision));
	}

	private static <T> T nonNull(@Nullable T validated) {
		if (validated == null) {
			throw new IllegalStateException("Validated as required");
		}
		return validated;
	}

	private static String or(@Nullable String given, String current) {
		return given != null ? given : current;
	}
}
