package com.ayurlahi.whatsapp.console;

import java.time.Instant;
import java.util.UUID;

import com.ayurlahi.whatsapp.WhatsAppNumbers;

/** A consent given or withdrawn, as the consent log keeps it. */
record ConsentEntry(UUID id, String phone, boolean optedIn, String source, Instant recordedAt) {

	/** Where the consent came from, in words. */
	public String sourceLabel() {
		return switch (source) {
			case "KEYWORD" -> "The user wrote STOP or START";
			case "PROVIDER" -> "WhatsApp (Gupshup's opt-in or opt-out event)";
			case "VERIFICATION" -> "The number was verified in a portal";
			default -> source;
		};
	}

	/** The number as people write it: +91 98470 12345. */
	public String phoneDisplay() {
		return WhatsAppNumbers.NumberStatus.display(phone);
	}

}
