package com.ayurlahi.auth;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of account recovery, {@code ayurlahi.auth.recovery.*}.
 *
 * @param portalUrl the portals' address for the links in reset emails
 * ({@code FRONTEND_URL}); empty: the address of the request
 * @param linkValid how long a reset link works (once)
 * @param perAddress resets one email address may ask for per {@code period}
 * @param perIp resets one IP address may ask for per {@code period}
 * @param period the period in which those refill
 */
@ConfigurationProperties("ayurlahi.auth.recovery")
@Validated
public record RecoverySettings(String portalUrl, @NotNull Duration linkValid, @Min(1) int perAddress, @Min(1) int perIp,
		@NotNull Duration period) {
}
