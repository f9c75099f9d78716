package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.util.UUID;

import com.ayurlahi.products.ProductView;

/**
 * The catalog's facts about a product that an order line keeps.
 */
record ProductSnapshot(UUID productId, String name, String sku, String hsnCode, String packSize, BigDecimal unitPrice,
		BigDecimal gstRate) {

	static ProductSnapshot of(ProductView product) {
		return new ProductSnapshot(product.id(), product.name(), product.sku(), product.hsnCode(), product.packSize(),
				product.unitPrice(), product.gstRate());
	}
}
