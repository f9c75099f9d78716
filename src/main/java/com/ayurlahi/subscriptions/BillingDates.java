package com.ayurlahi.subscriptions;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;

/** Dates as the billing pages and messages say them: "5 Jan 2027", Indian time. */
public final class BillingDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(IndianTime.ZONE);

	private BillingDates() {
	}

	/** The day of {@code at}, or "—" when unknown. */
	public static String day(@Nullable Instant at) {
		return at == null ? "—" : DAY.format(at);
	}

}
