package com.ayurlahi.whatsapp.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.OutboxRows.Claimed;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Drains the outbox in the background, at most
 * {@code ayurlahi.whatsapp.outbox.rate-per-second} messages a second, each number's
 * messages in the order they were written. Each message is decided when it goes: to an
 * opted-out number it is not sent; within the number's 24-hour window it goes as written;
 * outside it a notification goes as its kind's template, or is kept as not sent when its
 * kind has none. A provider that can't take messages now (unreachable, 5xx, rate limited)
 * has them tried again with a back-off that doubles, in order, until it is back; a
 * refusal is final and recorded with its code and meaning. The Gupshup call is made
 * outside any transaction; claims are short transactions of their own, with
 * {@code FOR UPDATE SKIP LOCKED} so that instances never send the same message.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** How long one scheduled run may send before it hands the scheduler back. */
	private static final Duration SCHEDULED_RUN = Duration.ofSeconds(10);

	/** How long a claimed message is left to its sender before it is due again. */
	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final OutboxRows rows;

	private final Contacts contacts;

	private final WhatsAppChannel channel;

	private final WhatsAppSettings settings;

	private final Clock clock;

	private final Bucket rate;

	OutboxSender(OutboxRows rows, Contacts contacts, WhatsAppChannel channel, WhatsAppSettings settings, Clock clock) {
		this.rows = rows;
		this.contacts = contacts;
		this.channel = channel;
		this.settings = settings;
		this.clock = clock;
		int perSecond = settings.outbox().ratePerSecond();
		this.rate = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
			.build();
	}

	@Scheduled(fixedDelayString = "${ayurlahi.whatsapp.outbox.poll-interval:1s}",
			initialDelayString = "${ayurlahi.whatsapp.outbox.poll-interval:1s}")
	void scheduled() {
		drain(SCHEDULED_RUN);
	}

	/**
	 * Sends what is due until nothing is, or until the provider can't take more for now;
	 * returns how many messages were handed to the provider or settled.
	 */
	public int drain() {
		return drain(null);
	}

	/**
	 * Drains as {@link #drain()} does, claiming no new batch once {@code budget} has
	 * passed (none: until nothing is due), so that a scheduled run leaves the scheduler's
	 * thread to the other jobs in time.
	 */
	synchronized int drain(@Nullable Duration budget) {
		long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
		int settled = 0;
		while (System.nanoTime() < deadline) {
			Instant now = clock.instant();
			List<Claimed> batch = rows.claim(now, now.plus(CLAIM), settings.outbox().ratePerSecond());
			if (batch.isEmpty()) {
				return settled;
			}
			for (int i = 0; i < batch.size(); i++) {
				if (!send(batch.get(i))) {
					Instant later = clock.instant().plus(settings.outbox().firstRetryAfter());
					batch.subList(i + 1, batch.size()).forEach(left -> rows.release(left.id(), later, clock.instant()));
					return settled;
				}
				settled++;
			}
		}
		return settled;
	}

	/** Sends one message; false when the provider could not take it now. */
	private boolean send(Claimed message) {
		Instant now = clock.instant();
		if (!Outbox.CONSENT.equals(message.kind()) && contacts.optedOut(message.phone())) {
			rows.finished(message.id(), "NOT_SENT", null, "The number opted out (STOP).", false, now);
			return true;
		}
		if (!channel.isOn()) {
			rows.finished(message.id(), "NOT_SENT", null, "WhatsApp is off: the notification stays in the app.", false,
					now);
			return true;
		}
		OutboundMessage toSend = message.message();
		String sentAs = "SESSION";
		if (!isReply(message) && !contacts.withinWindow(message.phone(), now)) {
			WhatsAppSettings.Template template = settings.templateFor(message.kind());
			if (template == null) {
				rows.finished(message.id(), "NOT_SENT", null,
						"Not sent: outside the 24-hour window and no template is configured for " + message.kind()
								+ ".",
						false, now);
				return true;
			}
			toSend = new OutboundMessage.Template(message.phone(), template.id(),
					parameters(template, message.templateValues()));
			sentAs = "TEMPLATE";
		}
		rate.asBlocking().consumeUninterruptibly(1);
		try {
			SendOutcome outcome = channel.send(toSend);
			switch (outcome) {
				case SendOutcome.Accepted accepted ->
					rows.accepted(message.id(), accepted.providerMessageId(), sentAs, clock.instant());
				case SendOutcome.Refused refused ->
					rows.finished(message.id(), "FAILED", refused.code(), refused.reason(), true, clock.instant());
			}
			return true;
		}
		catch (ChannelUnavailableException unavailable) {
			retryLater(message, unavailable.getMessage());
			return false;
		}
		catch (RuntimeException unexpected) {
			log.warn("WhatsApp message {} could not be sent", message.id(), unexpected);
			retryLater(message, "Unexpected error: " + unexpected.getMessage());
			return false;
		}
	}

	private void retryLater(Claimed message, @Nullable String reason) {
		Instant now = clock.instant();
		String why = reason == null ? "The provider could not take the message." : reason;
		if (message.createdAt().plus(settings.outbox().giveUpAfter()).isBefore(now)) {
			rows.finished(message.id(), "FAILED", null,
					"Gave up after " + settings.outbox().giveUpAfter() + " of the provider not taking it: " + why, true,
					now);
			return;
		}
		rows.retryLater(message.id(), why, now.plus(backOff(message.attempts())), now);
	}

	/** The wait after the {@code attempts + 1}-th failed try: doubling, capped. */
	Duration backOff(int attempts) {
		Duration first = settings.outbox().firstRetryAfter();
		Duration max = settings.outbox().maxRetryAfter();
		Duration wait = first.multipliedBy(1L << Math.min(attempts, 20));
		return wait.compareTo(max) > 0 ? max : wait;
	}

	private static boolean isReply(Claimed message) {
		return Outbox.REPLY.equals(message.kind()) || Outbox.CONSENT.equals(message.kind());
	}

	private static List<String> parameters(WhatsAppSettings.Template template, Map<String, String> values) {
		return template.parameters().stream().map(name -> values.getOrDefault(name, "-")).toList();
	}

}
