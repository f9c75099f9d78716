package com.ayurlahi.subscriptions.web.admin;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;

/**
 * An admin's refund of part or all of a subscription charge: which charge, how much (GST
 * included) and why.
 */
record ChargeRefundFormData(@NotNull(message = "Choose the charge to refund.") @Nullable UUID chargeId,

		@NotNull(message = "Enter the amount to refund.") @DecimalMin(value = "0.01",
				message = "Enter an amount more than zero.") @Digits(integer = 12, fraction = 2,
						message = "Use rupees and at most two decimals (paise).") @Nullable BigDecimal amount,

		@NotBlank(message = "Say why the charge is refunded.") @Size(max = 300,
				message = "Use at most 300 characters.") @PlainText @Nullable String reason) {

	static ChargeRefundFormData empty() {
		return new ChargeRefundFormData(null, null, null);
	}

}
