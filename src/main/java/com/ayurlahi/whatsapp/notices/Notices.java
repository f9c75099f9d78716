package com.ayurlahi.whatsapp.notices;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.whatsapp.NoticeKind;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Outbox;

/**
 * What the notice listeners share: writing a notice into the outbox (in the listener's
 * transaction), links into the portals, and the small pieces of wording.
 */
@Component
class Notices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH)
		.withZone(IndianTime.ZONE);

	private final Outbox outbox;

	private final String portalUrl;

	Notices(Outbox outbox, WhatsAppSettings settings) {
		this.outbox = outbox;
		this.portalUrl = settings.portalUrl().toString().replaceAll("/+$", "");
	}

	/**
	 * Writes {@code text} for {@code userId} when it has a verified number and has not
	 * turned {@code kind} off; {@code values} fill the kind's template outside the
	 * 24-hour window, and {@code key} (what the notice is about: the event and the
	 * recipient) keeps a redelivered event from writing it twice.
	 */
	void send(UUID userId, NoticeKind kind, String key, String text, Map<String, String> values) {
		outbox.notify(userId, kind, key, text, values);
	}

	/** The absolute address of a portal page ({@code /clinic/orders/…}). */
	String link(String path) {
		return portalUrl + path;
	}

	/**
	 * The template values, named as the kind's {@code parameters} in
	 * {@code ayurlahi.whatsapp.templates}, in the order given: name, value, name, value…
	 */
	static Map<String, String> values(String... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return values;
	}

	/** A moment as the clinic reads it: 5 Dec 2026, 14:30 IST. */
	static String time(Instant at) {
		return TIME.format(at);
	}

	/** " (the reason)" after a statement, or nothing without one. */
	static String why(@Nullable String note) {
		return note == null || note.isBlank() ? "" : " (" + note.strip().replaceAll("[.!\\s]+$", "") + ")";
	}

	/** ": the reason" after a statement, or nothing without one. */
	static String because(@Nullable String note) {
		return note == null || note.isBlank() ? "" : ": " + note.strip().replaceAll("[.!\\s]+$", "");
	}

}
