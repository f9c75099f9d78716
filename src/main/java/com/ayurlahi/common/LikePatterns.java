package com.ayurlahi.common;

/**
 * Text a user searches for, made literal inside a SQL {@code LIKE} pattern: {@code %} and
 * {@code _} match themselves instead of any text or any character. The query names the
 * escape character: {@code like :pattern escape '\'}.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** {@code text} with the pattern's special characters escaped by a backslash. */
	public static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A pattern that matches any text containing {@code text}. */
	public static String containing(String text) {
		return "%" + literal(text) + "%";
	}

}
