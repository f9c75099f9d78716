package com.ayurlahi.whatsapp.console;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * One message as the console shows it, whichever way it went.
 *
 * @param at when a user's message reached us, or when ours was written to the outbox
 * @param senderName the name WhatsApp gave for the user (users' messages only)
 * @param kind what caused our message (a notification's kind, {@code REPLY},
 * {@code CONSENT}), or the kind of the user's message ({@code TEXT}, {@code SELECTION},
 * {@code MEDIA}, {@code OTHER})
 * @param type {@code text}, {@code quick_reply}, {@code list} or {@code template} for
 * ours; {@code text}, {@code selection}, {@code media} or {@code other} for the users'
 * @param text what it said: the text, a quick reply's or list's body, a filled template,
 * the title of the button or row chosen, a media's caption
 * @param interactive buttons, list rows, template or selection, if any
 * @param providerId Gupshup's id of our message, or WhatsApp's of the user's
 * @param sentAs {@code SESSION} or {@code TEMPLATE}, once sent
 * @param errorCode the provider's error code, if it gave one
 * @param errorMeaning why it failed or was not sent (or why the last try did not go)
 * @param outcome what handling a user's message did
 * @param updatedAt the last change of our message's status, or when the user's was
 * handled
 */
record ConsoleMessage(UUID id, Direction direction, Instant at, String phone, @Nullable String senderName, String kind,
		String type, @Nullable String text, @Nullable Interactive interactive, @Nullable String providerId,
		MessageStatus status, @Nullable String sentAs, int attempts, @Nullable Instant nextAttemptAt,
		@Nullable String errorCode, @Nullable String errorMeaning, @Nullable String outcome,
		@Nullable Instant updatedAt) {

	public boolean inbound() {
		return direction == Direction.INBOUND;
	}

	/** Whether an ADMIN may have it sent again. */
	public boolean retryable() {
		return status.retryable();
	}

	/** The number as people write it: +91 98470 12345. */
	public String phoneDisplay() {
		return WhatsAppNumbers.NumberStatus.display(phone);
	}

}
