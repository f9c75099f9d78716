package com.ayurlahi.subscriptions.rest.admin;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * {@code POST /api/admin/subscriptions/charges/{chargeId}/refund}: how much of the charge
 * to give back (rupees, GST included, e.g. {@code "1178.82"}) and why. Read as text, so
 * that a value that is no amount is refused naming its field.
 */
record ChargeRefundRequest(@Nullable String amount, @Nullable String reason) {

	BigDecimal rupees() {
		if (amount == null || amount.isBlank()) {
			throw new InvalidInputException("amount", "Enter an amount in rupees and paise, more than zero.");
		}
		try {
			BigDecimal rupees = new BigDecimal(amount.strip());
			if (rupees.scale() > 2) {
				throw new InvalidInputException("amount", "Use at most two decimals (paise).");
			}
			return rupees;
		}
		catch (NumberFormatException notAnAmount) {
			throw new InvalidInputException("amount", "Enter an amount in rupees and paise, more than zero.");
		}
	}

	String why() {
		return reason == null ? "" : reason.strip();
	}

}
