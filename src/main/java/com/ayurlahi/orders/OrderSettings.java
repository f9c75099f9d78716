package com.ayurlahi.orders;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the orders module, {@code ayurlahi.orders.*}.
 *
 * @param trackingRefresh how often an open order's page asks for news while the order is
 * still moving
 */
@ConfigurationProperties("ayurlahi.orders")
@Validated
public record OrderSettings(@NotNull Duration trackingRefresh) {

	/** The refresh interval as htmx writes it, such as {@code every 10s}. */
	public String pollTrigger() {
		return "every " + Math.max(1, trackingRefresh.toSeconds()) + "s";
	}
}
