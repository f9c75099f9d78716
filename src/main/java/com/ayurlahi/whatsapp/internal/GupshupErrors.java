package com.ayurlahi.whatsapp.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Gupshup's and WhatsApp's error codes worth naming, with what they mean for us (public
 * within the module for the simulator, which fails messages with them).
 */
public final class GupshupErrors {

	/** Too many requests: the message is to be sent again later. */
	public static final String RATE_LIMITED = "4001";

	private static final Map<String, String> MEANINGS = Map.ofEntries(
			Map.entry("1002", "The number is not on WhatsApp."),
			Map.entry("1003", "Our Gupshup wallet balance is too low."),
			Map.entry("1005", "The user is not opted in or not active."),
			Map.entry("1006", "The user is not opted in or not active."),
			Map.entry("1007", "The user is not opted in or not active."),
			Map.entry("1008", "The user is not opted in or not active."), Map.entry("1012", "The user opted out."),
			Map.entry("4001", "Too many messages: rate limited."), Map.entry("4003", "No approved template matches."),
			Map.entry("4005", "The template is paused."),
			Map.entry("131047", "Outside the 24-hour window: only a template may be sent."),
			Map.entry("130429", "Throughput exceeded."), Map.entry("131056", "Too many messages to this user."));

	private GupshupErrors() {
	}

	/** The codes we name, each with what it means. */
	public static Map<String, String> known() {
		return MEANINGS;
	}

	/** What the code means, or the provider's own words when we do not know the code. */
	public static String meaning(@Nullable String code, String providerText) {
		String meaning = code == null ? null : MEANINGS.get(code);
		return meaning != null ? meaning + " (" + providerText + ")" : providerText;
	}

}
