package com.ayurlahi.manufacturers;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The platform's terms with a manufacturer, set by an admin: its commission in percent (0
 * to 100, two decimals) and the Razorpay Route linked account its share is transferred to
 * ({@code acc_} and 14 letters or digits), if linked yet.
 */
public record ManufacturerTerms(BigDecimal commissionRate, @Nullable String razorpayAccountId) {
}
