package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an offer or a decision gives on one disputed line: units, and the money that goes
 * back to the clinic for them, GST included.
 */
public record OfferLine(UUID orderItemId, int quantity, @Nullable BigDecimal amount) {
}
