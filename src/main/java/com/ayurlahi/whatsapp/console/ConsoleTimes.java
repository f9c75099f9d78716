package com.ayurlahi.whatsapp.console;

import java.time.Duration;

/** Durations as the console writes them. */
final class ConsoleTimes {

	private ConsoleTimes() {
	}

	/** {@code 45 s}, {@code 12 min}, {@code 3 h 5 min}, {@code 2 d 4 h}. */
	static String age(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = seconds / 60;
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		if (hours < 24) {
			return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
		}
		return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
	}

}
