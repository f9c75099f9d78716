package com.ayurlahi.products.rest;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductView;

/**
 * A product as the API shows it; {@code unitPrice} excludes GST.
 */
record ProductJson(UUID id, UUID manufacturerId, String manufacturerName, String name, String sku, String hsnCode,
		BigDecimal gstRate, BigDecimal unitPrice, BigDecimal mrp, String packSize, DosageForm dosageForm,
		String composition, @Nullable String description, int minOrderQuantity, int stockQuantity,
		boolean medicalSupervision, boolean active) {

	static ProductJson of(ProductView product) {
		return new ProductJson(product.id(), product.manufacturerId(), product.manufacturerName(), product.name(),
				product.sku(), product.hsnCode(), product.gstRate(), product.unitPrice(), product.mrp(),
				product.packSize(), product.dosageForm(), product.composition(), product.description(),
				product.minOrderQuantity(), product.stockQuantity(), product.medicalSupervision(), product.active());
	}
}
