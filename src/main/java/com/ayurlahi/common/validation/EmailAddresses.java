package com.ayurlahi.common.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Email addresses are logins and compared without regard to case: they are stored trimmed
 * and lower-cased.
 */
public final class EmailAddresses {

	/**
	 * The longest address SMTP can carry (RFC 5321 path limit less the angle brackets).
	 */
	public static final int MAX_LENGTH = 254;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private EmailAddresses() {
	}

	public static String normalize(String input) {
		return input.strip().toLowerCase(Locale.ROOT);
	}

	/** {@link #normalize(String)} for form and request fields that may be missing. */
	public static @Nullable String normalizeNullable(@Nullable String input) {
		return input == null ? null : normalize(input);
	}

	/**
	 * Whether {@code email} could be stored as a login at all: not too long, no control
	 * characters.
	 */
	public static boolean isStorable(String email) {
		return email.length() <= MAX_LENGTH && !CONTROL.matcher(email).find();
	}

	/**
	 * {@code email} cut to the maximum length with control characters replaced, safe to
	 * log and store.
	 */
	public static String printable(String email) {
		String cut = email.length() > MAX_LENGTH ? email.substring(0, MAX_LENGTH) : email;
		return CONTROL.matcher(cut).replaceAll("?");
	}

}
