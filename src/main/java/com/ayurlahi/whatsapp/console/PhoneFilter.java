package com.ayurlahi.whatsapp.console;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.Destinations;

/**
 * A WhatsApp number as the team types it into a filter ({@code +91 98470 12345},
 * {@code 919847012345}, or an Indian mobile number without its country code), as the
 * tables keep it: the country code and number, digits only.
 */
final class PhoneFilter {

	/** What a filter field accepts before it is read. */
	static final String TYPED = "\\s*(\\+?[1-9]([\\s()-]*[0-9]){9,14})?\\s*";

	static final String HINT = "Enter a WhatsApp number with its country code, like +91 98470 12345.";

	private static final Pattern INDIAN_MOBILE = Pattern.compile("[6-9][0-9]{9}");

	private PhoneFilter() {
	}

	/**
	 * The number {@code typed} names, or {@code null} when nothing was typed.
	 * @throws IllegalArgumentException when it is not a number
	 */
	static @Nullable String digits(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.replaceAll("[+\\s()-]", "");
		if (INDIAN_MOBILE.matcher(digits).matches()) {
			digits = "91" + digits;
		}
		return Destinations.checked(digits);
	}

	/** The number, or {@code null} when nothing or no number was typed. */
	static @Nullable String leniently(@Nullable String typed) {
		try {
			return digits(typed);
		}
		catch (IllegalArgumentException notANumber) {
			return null;
		}
	}

}
