package com.ayurlahi.subscriptions.gateway;

import java.security.SecureRandom;

/**
 * The random parts of the sandbox's ids, shaped like Razorpay's ({@code sub_} and 14).
 */
final class SandboxIds {

	private static final char[] CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	private static final int LETTERS = 52;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SandboxIds() {
	}

	/** 14 letters and digits. */
	static String random() {
		return pick(14, CHARACTERS.length);
	}

	/** {@code length} letters. */
	static String letters(int length) {
		return pick(length, LETTERS);
	}

	private static String pick(int length, int bound) {
		char[] id = new char[length];
		for (int i = 0; i < id.length; i++) {
			id[i] = CHARACTERS[RANDOM.nextInt(bound)];
		}
		return new String(id);
	}

}
