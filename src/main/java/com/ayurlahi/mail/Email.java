package com.ayurlahi.mail;

import com.ayurlahi.common.validation.EmailAddresses;

/**
 * A plain-text email to one recipient.
 */
public record Email(String to, String subject, String text) {

	/** The longest subject the outbox keeps. */
	public static final int MAX_SUBJECT = 200;

	public Email {
		if (!EmailAddresses.isStorable(to)) {
			throw new IllegalArgumentException("Not an email address: " + to);
		}
		if (subject.isBlank() || subject.length() > MAX_SUBJECT) {
			throw new IllegalArgumentException("A subject of 1 to " + MAX_SUBJECT + " characters");
		}
	}

}
