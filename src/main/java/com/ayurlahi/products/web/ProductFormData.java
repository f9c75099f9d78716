package com.ayurlahi.products.web;

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
 * The product form. Stock is asked for only when the product is created; afterwards it
 * has its own form. The medical-supervision checkbox is absent from the request when
 * unticked, hence the nullable {@code Boolean}.
 */
record ProductFormData(
		@NotBlank(message = "Enter the product's name.") @Size(max = 200,
				message = "Use at most 200 characters.") @PlainText @Nullable String name,

		@NotBlank(message = "Enter your SKU for this product.") @Pattern(regexp = ProductDetails.SKU_PATTERN,
				message = "Use up to 40 letters, digits, dots, dashes, slashes or underscores.") @Nullable String sku,

		@NotBlank(message = "Enter the HSN code.") @Pattern(regexp = ProductDetails.HSN_PATTERN,
				message = "An HSN code has 4, 6 or 8 digits, such as 3004 or 30049011.") @Nullable String hsnCode,

		@NotNull(message = "Choose the GST rate.") @Nullable BigDecimal gstRate,

		@NotNull(message = "Enter the price per unit, without GST.") @Digits(integer = 7, fraction = 2,
				message = "Enter rupees with at most two decimals.") @Nullable BigDecimal unitPrice,

		@NotNull(message = "Enter the MRP printed on the pack.") @Digits(integer = 7, fraction = 2,
				message = "Enter rupees with at most two decimals.") @Nullable BigDecimal mrp,

		@NotBlank(message = "Enter the pack size, such as 60 tablets or 450 ml.") @Size(max = 40,
				message = "Use at most 40 characters.") @PlainText @Nullable String packSize,

		@NotNull(message = "Choose the dosage form.") @Nullable DosageForm dosageForm,

		@NotBlank(message = "Enter the composition: the main ingredients.") @Size(max = 1000,
				message = "Use at most 1,000 characters.") @PlainText @Nullable String composition,

		@Size(max = 2000,
				message = "Use at most 2,000 characters.") @PlainText(multiLine = true) @Nullable String description,

		@NotNull(message = "Enter the smallest quantity a clinic may order.") @Min(value = 1,
				message = "The minimum order is at least 1.") @Max(value = 10_000,
						message = "The minimum order is at most 10,000.") @Nullable Integer minOrderQuantity,

		@Min(value = 0, message = "Stock can't be negative.") @Max(value = ProductListing.MAX_STOCK,
				message = "Stock is at most 10,00,000.") @Nullable Integer stockQuantity,

		@Nullable Boolean medicalSupervision) {

	static ProductFormData empty() {
		return new ProductFormData(null, null, "30049011", new BigDecimal("5"), null, null, null, null, null, null, 1,
				0, false);
	}

	static ProductFormData of(ProductView product) {
		return new ProductFormData(product.name(), product.sku(), product.hsnCode(),
				product.gstRate().stripTrailingZeros(), product.unitPrice(), product.mrp(), product.packSize(),
				product.dosageForm(), product.composition(), product.description(), product.minOrderQuantity(), null,
				product.medicalSupervision());
	}

	/**
	 * Valid once Bean Validation passed; the domain's own checks may still refuse it,
	 * naming the field.
	 */
	ProductDetails toDetails() {
		return new ProductDetails(name, sku, hsnCode, gstRate, unitPrice, mrp, packSize, dosageForm, composition,
				description, minOrderQuantity, Boolean.TRUE.equals(medicalSupervision));
	}
}
