package com.ayurlahi.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business dates are calendar days in India (IST): licence expiries, audit filters,
 * invoice dates.
 */
public final class IndianTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

	private IndianTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
