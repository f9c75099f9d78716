package com.ayurlahi.common.validation;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Indian mobile numbers in their one stored form, {@code +91} followed by ten digits that
 * start with 6 to 9. People type them in many ways ("98765 43210", "+91-98765-43210",
 * "09876543210"); all of those normalise to {@code +919876543210}.
 */
public final class IndianMobileNumbers {

	private static final Pattern CANONICAL = Pattern.compile("\\+91[6-9]\\d{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

	private IndianMobileNumbers() {
	}

	/**
	 * The canonical form of {@code input} when it is an Indian mobile number, otherwise
	 * the trimmed input unchanged, so that validation can reject it with the user's own
	 * text.
	 */
	public static @Nullable String normalize(@Nullable String input) {
		if (input == null) {
			return null;
		}
		String trimmed = input.strip();
		String digits = SEPARATORS.matcher(trimmed).replaceAll("");
		String candidate;
		if (digits.startsWith("+91")) {
			candidate = digits;
		}
		else if (digits.length() == 12 && digits.startsWith("91")) {
			candidate = "+" + digits;
		}
		else if (digits.length() == 11 && digits.startsWith("0")) {
			candidate = "+91" + digits.substring(1);
		}
		else if (digits.length() == 10) {
			candidate = "+91" + digits;
		}
		else {
			return trimmed;
		}
		return isValid(candidate) ? candidate : trimmed;
	}

	public static boolean isValid(@Nullable String number) {
		return number != null && CANONICAL.matcher(number).matches();
	}

}
