package com.ayurlahi.whatsapp.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.Texts;
import com.ayurlahi.whatsapp.NoticeKind;
import com.ayurlahi.whatsapp.OutboundMessage;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes messages to send into the outbox ({@code whatsapp_outbox}), in the transaction
 * of the change that causes them, so that a message exists exactly when its cause
 * committed; {@link OutboxSender} sends them afterwards, in order per number.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Outbox {

	/** The outbox kind of a conversation's replies. */
	public static final String REPLY = "REPLY";

	/**
	 * The outbox kind of the one answer to STOP or START: it goes even to opted-out
	 * numbers.
	 */
	public static final String CONSENT = "CONSENT";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final JdbcClient jdbc;

	private final Numbers numbers;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Numbers numbers, Clock clock) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** Answers the user's message (the user just wrote: its window is open). */
	public void reply(InboundMessage to, OutboundMessage message) {
		write(message.destination(), null, REPLY, message, null, to.id(), null);
	}

	/** Answers STOP or START, the one message an opted-out number still gets. */
	public void acknowledgeConsent(InboundMessage to, String text) {
		write(to.phone(), null, CONSENT, new OutboundMessage.Text(to.phone(), text), null, to.id(), null);
	}

	/**
	 * Tells the user over WhatsApp, when it has a verified number and has not turned
	 * {@code kind} off: {@code text} within its 24-hour window, otherwise the kind's
	 * template filled from {@code values}. {@code key} names what the notice is about
	 * (the event and the recipient): a second notice with the same key (the event
	 * delivered again after a crash) is not written. Returns whether a message was
	 * written.
	 */
	public boolean notify(UUID userId, NoticeKind kind, String key, String text, Map<String, String> values) {
		if (numbers.isMuted(userId, kind)) {
			return false;
		}
		return numbers.verifiedPhone(userId)
			.map(phone -> write(phone, userId, kind.name(), new OutboundMessage.Text(phone, text), values, null, key))
			.orElse(false);
	}

	/**
	 * Sends a notice of {@code kind} to {@code phone}, verified or not (a verification
	 * code).
	 */
	public void notice(String phone, @Nullable UUID userId, NoticeKind kind, String text, Map<String, String> values) {
		write(phone, userId, kind.name(), new OutboundMessage.Text(phone, text), values, null, null);
	}

	private boolean write(String phone, @Nullable UUID userId, String kind, OutboundMessage message,
			@Nullable Map<String, String> templateValues, @Nullable UUID inReplyTo, @Nullable String key) {
		Instant now = clock.instant();
		return jdbc.sql("""
				insert into whatsapp_outbox (id, phone, user_id, kind, message, template_values, in_reply_to,
				                             notice_key, status, attempts, next_attempt_at, created_at, updated_at)
				values (:id, :phone, :userId, :kind, :message, :values, :inReplyTo, :key, 'WAITING', 0, :now, :now,
				        :now)
				on conflict do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("phone", phone)
			.param("userId", userId)
			.param("kind", kind)
			.param("message", JSON.writeValueAsString(message))
			.param("values", templateValues == null ? null : JSON.writeValueAsString(templateValues))
			.param("inReplyTo", inReplyTo)
			.param("key", key == null ? null : Texts.shortened(key, 200))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}
