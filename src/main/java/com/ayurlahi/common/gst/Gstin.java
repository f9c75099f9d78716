package com.ayurlahi.common.gst;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A GST identification number: 2-digit state code, the holder's PAN, entity number,
 * {@code Z} and a check character computed over the first 14 (GSTN's base-36 scheme).
 * Always upper-case, without blanks.
 */
public record Gstin(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	public Gstin {
		String problem = problemWith(value).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * A GSTIN from what someone typed; {@link IllegalArgumentException} says what is
	 * wrong with it.
	 */
	public static Gstin parse(String typed) {
		return new Gstin(normalize(typed));
	}

	/**
	 * Upper-case with all blanks removed: " 32aafca1234k1z3 " and "32 AAFCA 1234K1Z3"
	 * both become 32AAFCA1234K1Z3.
	 */
	public static String normalize(String typed) {
		return BLANKS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Why a normalised value is not a GSTIN, or empty when it is one. */
	public static Optional<String> problemWith(@Nullable String gstin) {
		if (gstin == null || gstin.isEmpty()) {
			return Optional.of("Enter the GSTIN.");
		}
		if (!FORMAT.matcher(gstin).matches()) {
			return Optional.of("A GSTIN has 15 characters: state code, PAN, entity number, Z and a check character, "
					+ "like 32AAFCA1234K1Z3.");
		}
		if (IndianState.ofCode(gstin.substring(0, 2)).isEmpty()) {
			return Optional
				.of("The GSTIN starts with " + gstin.substring(0, 2) + ", which is not an Indian state code.");
		}
		if (gstin.charAt(14) != checkCharacter(gstin)) {
			return Optional.of("The GSTIN's last character doesn't match the others: please check it for typos.");
		}
		return Optional.empty();
	}

	/** The check character of the first 14 characters of {@code gstin}. */
	static char checkCharacter(String gstin) {
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int product = ALPHABET.indexOf(gstin.charAt(i)) * (i % 2 == 0 ? 1 : 2);
			sum += product / 36 + product % 36;
		}
		return ALPHABET.charAt((36 - sum % 36) % 36);
	}

	public IndianState state() {
		return IndianState.ofCode(value.substring(0, 2)).orElseThrow();
	}

	/** The holder's PAN, characters 3 to 12. */
	public String pan() {
		return value.substring(2, 12);
	}

	@Override
	public String toString() {
		return value;
	}
}
