package com.ayurlahi.dashboards;

import java.time.Duration;

/** How long something has waited, in the largest whole unit: "3 days", "1 hour". */
final class Ages {

	private Ages() {
	}

	static String of(Duration age) {
		if (age.toDays() >= 1) {
			return plural(age.toDays(), "day");
		}
		if (age.toHours() >= 1) {
			return plural(age.toHours(), "hour");
		}
		return plural(Math.max(0, age.toMinutes()), "minute");
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}

}
