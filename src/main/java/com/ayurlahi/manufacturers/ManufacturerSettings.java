package com.ayurlahi.manufacturers;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the manufacturers module, {@code ayurlahi.manufacturers.*}.
 *
 * @param defaultCommissionRate the platform's commission, in percent, for a new
 * manufacturer until an admin sets its own
 */
@ConfigurationProperties("ayurlahi.manufacturers")
@Validated
public record ManufacturerSettings(@NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3,
		fraction = 2) BigDecimal defaultCommissionRate) {
}
