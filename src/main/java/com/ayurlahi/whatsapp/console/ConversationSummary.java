package com.ayurlahi.whatsapp.console;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * A number the platform talks with, and the account it belongs to.
 *
 * @param userId the account whose verified number it is, if any
 * @param account how the console names that account
 * @param senderName the name WhatsApp gave for the number in its messages
 * @param lastAt when the latest message either way was received or written
 * @param inbound how many messages the number sent us
 * @param outbound how many we wrote to it
 * @param problems how many of ours failed or were not sent
 * @param windowOpen whether free-form messages may go to it now (it wrote within 24
 * hours)
 */
record ConversationSummary(String phone, @Nullable UUID userId, AccountNames.@Nullable AccountName account,
		@Nullable Instant verifiedAt, @Nullable String senderName, @Nullable Instant lastAt, long inbound,
		long outbound, long problems, boolean optedOut, @Nullable Instant lastInboundAt, boolean windowOpen) {

	/** The number as people write it: +91 98470 12345. */
	public String phoneDisplay() {
		return WhatsAppNumbers.NumberStatus.display(phone);
	}

	ConversationSummary named(AccountNames.@Nullable AccountName name) {
		return new ConversationSummary(phone, userId, name, verifiedAt, senderName, lastAt, inbound, outbound, problems,
				optedOut, lastInboundAt, windowOpen);
	}

}
