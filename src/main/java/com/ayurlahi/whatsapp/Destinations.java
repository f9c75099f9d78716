package com.ayurlahi.whatsapp;

import java.util.regex.Pattern;

/**
 * WhatsApp numbers as Gupshup writes them: the country code and the number, digits only.
 */
public final class Destinations {

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{9,14}");

	private Destinations() {
	}

	/**
	 * The number with any {@code +}, spaces and dashes taken out.
	 * @throws IllegalArgumentException when what is left is not 10 to 15 digits
	 */
	public static String checked(String number) {
		String digits = number.replaceAll("[+\\s-]", "");
		if (!NUMBER.matcher(digits).matches()) {
			throw new IllegalArgumentException("Not a WhatsApp number with its country code: " + number);
		}
		return digits;
	}

}
