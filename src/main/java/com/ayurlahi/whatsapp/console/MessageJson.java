package com.ayurlahi.whatsapp.console;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message of the log as the API gives it: its direction ({@code INBOUND} or
 * {@code OUTBOUND}), type, text, interactive content (buttons or list rows with their
 * postback ids, a template's id and parameters, or the postback a user chose), the
 * provider's id, the status and, when it failed or was not sent, the error code and what
 * it means.
 */
record MessageJson(UUID id, Instant at, String phone, Direction direction, String type, @Nullable String text,
		@Nullable Interactive interactive, @Nullable String providerId, MessageStatus status,
		@Nullable String errorCode, @Nullable String errorMeaning) {

	static MessageJson of(ConsoleMessage message) {
		return new MessageJson(message.id(), message.at(), message.phone(), message.direction(), message.type(),
				message.text(), message.interactive(), message.providerId(), message.status(), message.errorCode(),
				message.errorMeaning());
	}

}
