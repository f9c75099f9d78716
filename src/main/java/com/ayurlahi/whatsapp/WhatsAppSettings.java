package com.ayurlahi.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 * @param allowedNetworks when not empty, callbacks are taken only from these addresses or
 * networks ({@code 10.0.0.0/8}, {@code 203.0.113.7}), as well as with the token
 * @param portalUrl the portals' address, for the links messages carry
 * ({@code FRONTEND_URL})
 * @param outbox how messages are sent
 * @param templates the approved template of each kind of notification, used outside the
 * 24-hour window; a kind without one is not sent outside it
 */
@ConfigurationProperties("ayurlahi.whatsapp")
@Validated
public record WhatsAppSettings(@NotNull URI apiUrl, @Nullable String apiKey, @Nullable String sourceName,
		@Nullable String businessNumber, @NotNull Duration timeout, @NotBlank String webhookToken,
		@DefaultValue List<String> allowedNetworks, @NotNull URI portalUrl, @Valid @DefaultValue Outbox outbox,
		@DefaultValue Map<String, Template> templates) {

	/** Whether Gupshup is configured (an API key is set). */
	public boolean gupshupConfigured() {
		return apiKey != null && !apiKey.isBlank();
	}

	/** The template configured for a kind of notification, if any. */
	public @Nullable Template templateFor(String kind) {
		Template template = templates.get(kind);
		return template == null || template.id() == null || template.id().isBlank() ? null : template;
	}

	/**
	 * How the outbox is drained.
	 *
	 * @param ratePerSecond at most this many messages a second go to the provider
	 * @param pollInterval how often the sender looks for messages due
	 * @param firstRetryAfter the wait after the first failed try; it doubles after each
	 * one, up to {@code maxRetryAfter}
	 * @param giveUpAfter a message the provider could not take for this long is failed
	 */
	public record Outbox(@DefaultValue("20") @Positive int ratePerSecond, @DefaultValue("1s") Duration pollInterval,
			@DefaultValue("2s") Duration firstRetryAfter, @DefaultValue("5m") Duration maxRetryAfter,
			@DefaultValue("24h") Duration giveUpAfter) {
	}

	/**
	 * An approved template: its Gupshup id and the names of the values that fill its
	 * placeholders, in their order ({@code {{1}}}, {@code {{2}}}…).
	 *
	 * @param preview the template's approved text, for the team's pages and the simulator
	 * (Gupshup holds the real one)
	 */
	public record Template(@Nullable String id, @DefaultValue List<String> parameters, @Nullable String preview) {
	}

}
