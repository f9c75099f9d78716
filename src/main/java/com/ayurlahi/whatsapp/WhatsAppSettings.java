package com.ayurlahi.whatsapp;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the WhatsApp channel, {@code ayurlahi.whatsapp.*}.
 *
 * @param apiUrl Gupshup's WhatsApp API ({@code WHATSAPP_API_URL}, by default
 * {@code https://api.gupshup.io/wa/api/v1})
 * @param apiKey the Gupshup app's API key ({@code WHATSAPP_API_KEY}); without it the
 * channel is off
 * @param sourceName the Gupshup app's name ({@code WHATSAPP_SOURCE_NAME})
 * @param businessNumber our WhatsApp business number, digits with the country code
 * ({@code WHATSAPP_BUSINESS_NUMBER})
 * @param timeout how long a call to Gupshup may take before it counts as unreachable
 * @param webhookToken the secret Gupshup's callback URL carries as {@code ?token=}
 * ({@code WHATSAPP_WEBHOOK_TOKEN}); Gupshup signs nothing, so this is what proves a
 * callback is Gupshup's
 */
@ConfigurationProperties("ayurlahi.whatsapp")
@Validated
public record WhatsAppSettings(@NotNull URI apiUrl, @Nullable String apiKey, @Nullable String sourceName,
		@Nullable String businessNumber, @NotNull Duration timeout, @NotBlank String webhookToken) {

	/** Whether Gupshup is configured (an API key is set). */
	public boolean gupshupConfigured() {
		return apiKey != null && !apiKey.isBlank();
	}

}
