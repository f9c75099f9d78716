package com.ayurlahi.products;

import java.util.UUID;

/**
 * Units of one product an order takes from stock.
 */
public record StockRequest(UUID productId, int quantity) {

	public StockRequest {
		if (quantity < 1) {
			throw new IllegalArgumentException("A stock request is for at least one unit");
		}
	}
}
