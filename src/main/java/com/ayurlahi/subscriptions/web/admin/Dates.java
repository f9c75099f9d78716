package com.ayurlahi.subscriptions.web.admin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the team's subscription pages write a day in messages: 31 Jan 2027. */
final class Dates {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private Dates() {
	}

}
