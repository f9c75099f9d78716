package com.ayurlahi.whatsapp.console;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * How the WhatsApp channel is doing now.
 *
 * @param on whether messages can go out at all
 * @param adapter what they go through (Gupshup at an address as a number, or off)
 * @param lastAccepted the latest message the provider took, if any
 * @param failedLastHour messages the provider refused (or we gave up on) in the last hour
 * @param notSentLastHour messages we did not send in the last hour (opted out, outside
 * the window without a template, the channel off)
 * @param waiting messages still to go
 * @param oldestWaitingAge how long the oldest of them has waited
 */
record ChannelHealth(boolean on, String adapter, @Nullable LastAccepted lastAccepted, long failedLastHour,
		long notSentLastHour, long waiting, @Nullable Duration oldestWaitingAge) {

	/**
	 * The latest message the provider took: written {@code writtenAt}, in {@code status}
	 * since {@code updatedAt}.
	 */
	record LastAccepted(UUID id, String phone, Instant writtenAt, Instant updatedAt, MessageStatus status) {

		/** The number as people write it: +91 98470 12345. */
		public String phoneDisplay() {
			return WhatsAppNumbers.NumberStatus.display(phone);
		}

	}

	/** The oldest waiting message's age in words ("4 min", "2 h 5 min"), if any waits. */
	public @Nullable String oldestWaitingAgeText() {
		return oldestWaitingAge == null ? null : ConsoleTimes.age(oldestWaitingAge);
	}

}
