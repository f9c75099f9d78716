package com.ayurlahi.mail;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.mail.internal.MailChannel;
import com.ayurlahi.mail.internal.MailOutboxRows;

/**
 * Sends email: writes it into the outbox in the caller's transaction (so it goes exactly
 * when the change that causes it commits); it is sent afterwards. The module's API.
 */
@Service
public class Mailer {

	private final MailOutboxRows outbox;

	private final MailChannel channel;

	private final Clock clock;

	Mailer(MailOutboxRows outbox, MailChannel channel, Clock clock) {
		this.outbox = outbox;
		this.channel = channel;
		this.clock = clock;
	}

	/** Whether email can be sent at all (a server or the embedded mailbox). */
	public boolean available() {
		return channel.available();
	}

	/**
	 * Queues {@code email}, in the caller's transaction.
	 * @throws IllegalStateException when email is off ({@link #available()})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Email email) {
		if (!available()) {
			throw new IllegalStateException("Email is off: MAIL_HOST is not set");
		}
		outbox.add(email, clock.instant());
	}

}
