package com.ayurlahi.products.web;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * The stock card's form: the new count as typed (so that "ten" gets a message of our own)
 * and the count the page showed, which must still be the stock when it is set.
 */
record StockFormData(@Nullable String stockQuantity, @Nullable Integer expected) {

	static StockFormData of(int current) {
		return new StockFormData(String.valueOf(current), current);
	}

	int quantity() {
		try {
			return Integer.parseInt(String.valueOf(stockQuantity).strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("stockQuantity", "Enter the units you have, as a whole number.");
		}
	}

}
