package com.ayurlahi.common;

/** Small helpers for text the application writes into columns of a fixed width. */
public final class Texts {

	private Texts() {
	}

	/**
	 * {@code text} cut to at most {@code max} characters, its end marked with "…" when it
	 * was cut.
	 */
	public static String shortened(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
