package com.ayurlahi.products.web;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * The low-stock card's form: the level as typed (so that "ten" gets a message of our
 * own).
 */
record LowStockFormData(@Nullable String threshold) {

	static LowStockFormData of(int current) {
		return new LowStockFormData(String.valueOf(current));
	}

	int level() {
		try {
			return Integer.parseInt(String.valueOf(threshold).strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("threshold", "Enter the low-stock level as a whole number of units.");
		}
	}

}
