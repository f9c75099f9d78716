package com.ayurlahi.products;

import java.util.UUID;

import com.ayurlahi.common.ConflictException;

/**
 * An order asked for more units of a product than are in stock (or the product can't be
 * ordered any more). Nothing of the order is kept.
 */
public class InsufficientStockException extends ConflictException {

	private final UUID productId;

	InsufficientStockException(UUID productId, String message) {
		super(message);
		this.productId = productId;
	}

	public UUID productId() {
		return productId;
	}

}
