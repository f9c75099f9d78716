package com.ayurlahi.common.tax;

import java.math.BigDecimal;

/**
 * An amount in words as Indian invoices write it, grouped in thousands, lakhs (10⁵) and
 * crores (10⁷): ₹1,23,456.70 is "Rupees One Lakh Twenty-Three Thousand Four Hundred
 * Fifty-Six and Paise Seventy Only". The paise are named before their number, like the
 * rupees, so that ₹100.01 ("Rupees One Hundred and Paise One Only") can't be read as 101
 * paise; an amount of paise alone reads "Paise Fifty Only", and one paisa "Paisa One
 * Only".
 */
public final class RupeesInWords {

	private static final String[] UNITS = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
			"Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
			"Nineteen" };

	private static final String[] TENS = { "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
			"Ninety" };

	private static final long CRORE = 10_000_000;

	private static final long LAKH = 100_000;

	private static final long THOUSAND = 1_000;

	private static final long HUNDRED = 100;

	private RupeesInWords() {
	}

	/** {@code amount}, rounded to the paisa, in words; amounts below zero are refused. */
	public static String of(BigDecimal amount) {
		BigDecimal rounded = Money.rupees(amount);
		if (rounded.signum() < 0) {
			throw new IllegalArgumentException("An amount in words is never negative: " + amount);
		}
		long rupees = rounded.longValue();
		int paise = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
		if (rupees == 0 && paise > 0) {
			return (paise == 1 ? "Paisa " : "Paise ") + below100(paise) + " Only";
		}
		return "Rupees " + (rupees == 0 ? UNITS[0] : words(rupees)) + (paise > 0 ? " and Paise " + below100(paise) : "")
				+ " Only";
	}

	/** A whole number above zero in words, the Indian way. */
	static String words(long number) {
		StringBuilder words = new StringBuilder();
		long rest = number;
		if (rest >= CRORE) {
			append(words, words(rest / CRORE) + " Crore");
			rest %= CRORE;
		}
		rest = group(words, rest, LAKH, "Lakh");
		rest = group(words, rest, THOUSAND, "Thousand");
		rest = group(words, rest, HUNDRED, "Hundred");
		if (rest > 0) {
			append(words, below100((int) rest));
		}
		return words.toString();
	}

	private static long group(StringBuilder words, long number, long size, String name) {
		if (number >= size) {
			append(words, below100((int) (number / size)) + " " + name);
		}
		return number % size;
	}

	private static String below100(int number) {
		if (number < UNITS.length) {
			return UNITS[number];
		}
		return TENS[number / 10] + (number % 10 == 0 ? "" : "-" + UNITS[number % 10]);
	}

	private static void append(StringBuilder words, String part) {
		words.append(words.isEmpty() ? "" : " ").append(part);
	}

}
