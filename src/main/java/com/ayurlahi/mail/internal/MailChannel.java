package com.ayurlahi.mail.internal;

import com.ayurlahi.mail.Email;

/**
 * Where emails go: an SMTP server, the embedded mailbox, or nowhere (email off).
 */
public interface MailChannel {

	boolean available();

	/**
	 * Hands {@code email} over.
	 * @throws RuntimeException when it could not (tried again later)
	 */
	void deliver(Email email, String from);

	/** Email is off: no server, no mailbox. */
	MailChannel OFF = new MailChannel() {

		@Override
		public boolean available() {
			return false;
		}

		@Override
		public void deliver(Email email, String from) {
			throw new IllegalStateException("Email is off");
		}

	};

}
