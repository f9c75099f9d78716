package com.ayurlahi.common.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rupee amounts: {@link BigDecimal} with two decimals, rounded half up to the paisa. Paise as {@code long}
 * only where Razorpay wants them.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** {@code amount} rounded half up to the paisa. */
    public static BigDecimal rupees(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code rate} percent of {@code amount}, rounded half up to the paisa. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal rate) {
        return rupees(amount.multiply(rate).divide(HUNDRED));
    }

    public static long toPaise(BigDecimal rupees) {
        return rupees(rupees).movePointRight(2).longValueExact();
    }
}
