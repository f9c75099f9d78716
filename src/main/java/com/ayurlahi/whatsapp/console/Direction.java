package com.ayurlahi.whatsapp.console;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Which way a message went: a user's message to us, or ours to a user. */
enum Direction {

	INBOUND("IN", "From the user"), OUTBOUND("OUT", "To the user");

	private final String code;

	private final String label;

	Direction(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The short name the filters use: {@code IN} or {@code OUT}. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/**
	 * The direction {@code value} names ({@code IN}, {@code OUT}, {@code INBOUND} or
	 * {@code OUTBOUND}, in any case), or {@code null} when it names none.
	 */
	static @Nullable Direction named(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (Direction direction : values()) {
			if (direction.code.equals(name) || direction.name().equals(name)) {
				return direction;
			}
		}
		return null;
	}

}
