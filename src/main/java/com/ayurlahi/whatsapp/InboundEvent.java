package com.ayurlahi.whatsapp;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a Gupshup callback says, in our own terms: a user's message (text, a selection
 * from a list or buttons, media), what happened to a message we sent, a user opting in or
 * out, or something we take no interest in.
 */
public sealed interface InboundEvent {

	/**
	 * The user wrote: {@code text} for a text message, {@code postback} for a selection
	 * (the list row's or button's postback, or a template button's text), neither for
	 * media. {@code id} is WhatsApp's id of the message, unique per message.
	 * {@code repliesTo} is the provider's id of our message it answers, when it does.
	 */
	record Message(String id, String phone, @Nullable String senderName, Kind kind, @Nullable String text,
			@Nullable String postback, @Nullable String repliesTo, Instant at) implements InboundEvent {
	}

	/** What kind of message the user sent. */
	enum Kind {

		TEXT, SELECTION, MEDIA, OTHER

	}

	/**
	 * What happened to a message we sent: {@code providerMessageId} is the id Gupshup
	 * gave it when it took it; {@code errorCode} and {@code reason} come with FAILED.
	 */
	record Delivery(String providerMessageId, @Nullable String whatsAppMessageId, DeliveryStatus status,
			String destination, @Nullable String errorCode, @Nullable String reason,
			Instant at) implements InboundEvent {
	}

	/** The user gave or withdrew consent to be messaged. */
	record Consent(String phone, boolean optedIn, Instant at) implements InboundEvent {
	}

	/**
	 * A callback of a kind we do not act on (billing, system events, pings); answered and
	 * dropped.
	 */
	record Ignored(String type) implements InboundEvent {
	}

}
