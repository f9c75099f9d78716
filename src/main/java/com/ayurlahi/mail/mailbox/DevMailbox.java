package com.ayurlahi.mail.mailbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import com.ayurlahi.mail.Email;
import com.ayurlahi.mail.internal.MailChannel;

/**
 * The embedded mailbox: takes every email instead of a mail server and keeps the latest
 * ones in this instance's memory for {@code /dev/mailbox}. Development and tests only;
 * the prod profile refuses it.
 */
public class DevMailbox implements MailChannel {

	/** How many emails the mailbox keeps. */
	static final int KEEP = 200;

	private final Deque<Received> received = new ArrayDeque<>();

	private final Clock clock;

	DevMailbox(Clock clock) {
		this.clock = clock;
	}

	/** An email as the mailbox received it. */
	public record Received(UUID id, Instant at, String from, String to, String subject, String text) {
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public synchronized void deliver(Email email, String from) {
		received.addFirst(
				new Received(UUID.randomUUID(), clock.instant(), from, email.to(), email.subject(), email.text()));
		while (received.size() > KEEP) {
			received.removeLast();
		}
	}

	/** The emails to {@code to} (all when blank), newest first. */
	public synchronized List<Received> to(String to) {
		return received.stream().filter(email -> to.isBlank() || email.to().equalsIgnoreCase(to.strip())).toList();
	}

}
