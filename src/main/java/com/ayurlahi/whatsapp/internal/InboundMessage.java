package com.ayurlahi.whatsapp.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.InboundEvent.Kind;

/**
 * A message a user sent us, as stored: {@code providerId} is WhatsApp's id of it
 * (unique), {@code text} what was typed, {@code postback} the postback of the list row or
 * button chosen.
 */
public record InboundMessage(UUID id, String providerId, String phone, @Nullable String senderName, Kind kind,
		@Nullable String text, @Nullable String postback, Instant receivedAt) {

	/**
	 * What the user said: the postback of a selection, or the text typed; blank for
	 * media.
	 */
	public String said() {
		if (postback != null && !postback.isBlank()) {
			return postback.strip();
		}
		return text == null ? "" : text.strip();
	}

}
