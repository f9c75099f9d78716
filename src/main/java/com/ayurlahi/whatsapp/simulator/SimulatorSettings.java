package com.ayurlahi.whatsapp.simulator;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the WhatsApp simulator, {@code ayurlahi.whatsapp.simulator.*}.
 *
 * @param enabled whether the simulator stands in for Gupshup when no API key is set (on
 * in the dev and test profiles only; the prod profile refuses it)
 * @param defaultNumber the number the simulator's page opens with (the demo clinic's)
 * @param defaultName the WhatsApp profile name that number writes with
 * @param webhookBaseUrl where our webhook is reached; empty: this application's own
 * address ({@code http://localhost:<its port>})
 * @param stepDelay the time between the delivery statuses of a message (enqueued, sent,
 * delivered, read)
 * @param keep how many messages the phone keeps per number (older ones are forgotten)
 */
@ConfigurationProperties("ayurlahi.whatsapp.simulator")
@Validated
record SimulatorSettings(boolean enabled, @NotBlank String defaultNumber, @NotBlank String defaultName,
		@Nullable URI webhookBaseUrl, @NotNull Duration stepDelay, @Min(10) int keep) {
}
