package com.ayurlahi.disputes.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.OfferLine;

/** A line of an offer or decision: units and the money back for them, GST included. */
record OfferLineRequest(@NotNull @Nullable UUID orderItemId, @NotNull @Min(1) @Nullable Integer quantity,
		@DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal amount) {

	OfferLine toOfferLine() {
		return new OfferLine(orderItemId, quantity, amount);
	}

}
