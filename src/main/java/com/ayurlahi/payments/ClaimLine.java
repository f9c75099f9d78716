package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a claim gives back on one order line: {@code quantity} units and {@code amount},
 * GST included.
 */
public record ClaimLine(UUID orderItemId, int quantity, BigDecimal amount) {
}
