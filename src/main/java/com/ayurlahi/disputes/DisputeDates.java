package com.ayurlahi.disputes;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;

/** Dates and times in messages about disputes, in Indian time. */
final class DisputeDates {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'",
			Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private DisputeDates() {
	}

	/**
	 * "31 h", "2 days 4 h" or "40 min" until {@code deadline}; "overdue" once it passed;
	 * empty without one.
	 */
	static String timeLeft(@Nullable Instant deadline, Instant now) {
		if (deadline == null) {
			return "";
		}
		Duration left = Duration.between(now, deadline);
		if (left.isNegative() || left.isZero()) {
			return "overdue";
		}
		long hours = left.toHours();
		if (hours < 1) {
			return left.toMinutes() + " min";
		}
		return hours < 48 ? hours + " h" : hours / 24 + " days " + hours % 24 + " h";
	}

	static String dateTime(Instant at) {
		return DATE_TIME.format(at.atZone(IndianTime.ZONE));
	}

	static String date(Instant at) {
		return DATE.format(at.atZone(IndianTime.ZONE));
	}

}
