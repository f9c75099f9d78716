package com.ayurlahi.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.mail.MailSettings;
import com.ayurlahi.mail.internal.MailOutboxRows.Claimed;

/**
 * Sends the outbox's emails: claims a batch in a short transaction of its own
 * ({@code FOR UPDATE SKIP LOCKED}, so instances never send the same email), talks to the
 * mail server outside any transaction, then deletes each sent email. A failed try waits
 * {@code retry-after}, doubling, until {@code max-attempts}.
 */
@Component
public class MailOutboxSender {

	private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

	/** How long a claimed email is left to its sender before it is due again. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private static final int BATCH = 20;

	private final MailOutboxRows rows;

	private final MailChannel channel;

	private final MailSettings settings;

	private final Clock clock;

	MailOutboxSender(MailOutboxRows rows, MailChannel channel, MailSettings settings, Clock clock) {
		this.rows = rows;
		this.channel = channel;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ayurlahi.mail.poll-interval:1s}",
			initialDelayString = "${ayurlahi.mail.poll-interval:1s}")
	void scheduled() {
		if (channel.available()) {
			drain();
		}
	}

	/** Sends what is due until nothing is; returns how many emails were settled. */
	public synchronized int drain() {
		int settled = 0;
		List<Claimed> batch;
		do {
			Instant now = clock.instant();
			batch = rows.claim(now, now.plus(CLAIM), BATCH);
			batch.forEach(this::send);
			settled += batch.size();
		}
		while (batch.size() == BATCH);
		return settled;
	}

	private void send(Claimed claimed) {
		try {
			channel.deliver(claimed.email(), settings.from());
			rows.sent(claimed.id());
		}
		catch (RuntimeException failure) {
			String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			int attempts = claimed.attempts() + 1;
			if (attempts >= settings.maxAttempts()) {
				log.warn("Gave up an email to {} after {} tries: {}", claimed.email().to(), attempts, error);
				rows.givenUp(claimed.id(), error, clock.instant());
			}
			else {
				Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
				log.info("An email to {} could not be sent (try {}), trying again in {}: {}", claimed.email().to(),
						attempts, wait, error);
				rows.failed(claimed.id(), error, clock.instant().plus(wait));
			}
		}
	}

}
