package com.ayurlahi.disputes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.ayurlahi.common.IndianTime;

/** Dates and times in messages about disputes, in Indian time. */
final class DisputeDates {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'",
			Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private DisputeDates() {
	}

	static String dateTime(Instant at) {
		return DATE_TIME.format(at.atZone(IndianTime.ZONE));
	}

	static String date(Instant at) {
		return DATE.format(at.atZone(IndianTime.ZONE));
	}

}
