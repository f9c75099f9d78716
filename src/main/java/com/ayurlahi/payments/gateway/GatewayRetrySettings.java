package com.ayurlahi.payments.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How refunds and payout transfers whose Razorpay call failed because Razorpay was out of
 * reach are tried again, {@code ayurlahi.payments.gateway-retry.*}.
 *
 * @param firstDelay the wait after the first failure; each next wait is twice the one
 * before
 * @param maxDelay the longest wait between two tries
 * @param giveUpAfter how long after the first failure the tries stop and the team is
 * asked to look
 * @param interval how often the gateway-retries job looks for tries that are due
 */
@ConfigurationProperties("ayurlahi.payments.gateway-retry")
@Validated
public record GatewayRetrySettings(@NotNull Duration firstDelay, @NotNull Duration maxDelay,
		@NotNull Duration giveUpAfter, @NotNull Duration interval) {
}
