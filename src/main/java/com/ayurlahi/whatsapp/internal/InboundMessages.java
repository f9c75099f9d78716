package com.ayurlahi.whatsapp.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.ayurlahi.common.Texts;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.whatsapp.InboundEvent;

/**
 * Users' messages ({@code whatsapp_inbound}), one row per WhatsApp message id: stored by
 * the webhook before it answers, handled once afterwards.
 */
@Repository
class InboundMessages {

	private final JdbcClient jdbc;

	InboundMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the message unless its id is taken; returns the new row's id, or nothing for
	 * a redelivery.
	 */
	Optional<UUID> store(InboundEvent.Message message, Instant receivedAt) {
		UUID id = UUID.randomUUID();
		int stored = jdbc
			.sql("""
					insert into whatsapp_inbound (id, provider_id, phone, sender_name, kind, text, postback, replies_to,
					                              sent_at, received_at)
					values (:id, :providerId, :phone, :senderName, :kind, :text, :postback, :repliesTo, :sentAt, :receivedAt)
					on conflict do nothing
					""")
			.param("id", id)
			.param("providerId", message.id())
			.param("phone", message.phone())
			.param("senderName", shortened(cleaned(message.senderName(), false), 200))
			.param("kind", message.kind().name())
			.param("text", shortened(cleaned(message.text(), true), 4096))
			.param("postback", shortened(message.postback(), 1000))
			.param("repliesTo", shortened(message.repliesTo(), 128))
			.param("sentAt", Timestamp.from(message.at().equals(Instant.EPOCH) ? receivedAt : message.at()))
			.param("receivedAt", Timestamp.from(receivedAt))
			.update();
		return stored == 1 ? Optional.of(id) : Optional.empty();
	}

	/** The message, locked, if it is still to be handled. */
	Optional<InboundMessage> unhandledForUpdate(UUID id) {
		return jdbc.sql("select * from whatsapp_inbound where id = :id and handled_at is null for update")
			.param("id", id)
			.query(InboundMessages::message)
			.optional();
	}

	void handled(UUID id, String outcome, Instant at) {
		jdbc.sql("update whatsapp_inbound set handled_at = :at, outcome = :outcome where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("outcome", Texts.shortened(outcome, 300))
			.update();
	}

	/** When and from which number a stored message arrived. */
	record Arrival(String phone, Instant receivedAt) {
	}

	Optional<Arrival> arrival(UUID id) {
		return jdbc.sql("select phone, received_at from whatsapp_inbound where id = :id")
			.param("id", id)
			.query((row, number) -> new Arrival(row.getString("phone"),
					row.getObject("received_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * The number's messages still to be handled that arrived up to {@code until}, oldest
	 * first.
	 */
	List<UUID> unhandledOf(String phone, Instant until) {
		return jdbc.sql("""
				select id from whatsapp_inbound
				 where phone = :phone and handled_at is null and received_at <= :until
				 order by received_at, sent_at, provider_id
				""").param("phone", phone).param("until", Timestamp.from(until)).query(UUID.class).list();
	}

	/**
	 * Messages received before {@code before} and still not handled (a crash's
	 * leftovers).
	 */
	List<UUID> unhandledSince(Instant before, int limit) {
		return jdbc.sql("""
				select id from whatsapp_inbound where handled_at is null and received_at < :before
				 order by received_at limit :limit
				""").param("before", Timestamp.from(before)).param("limit", limit).query(UUID.class).list();
	}

	private static InboundMessage message(ResultSet row, int number) throws SQLException {
		return new InboundMessage(row.getObject("id", UUID.class), row.getString("provider_id"), row.getString("phone"),
				row.getString("sender_name"), InboundEvent.Kind.valueOf(row.getString("kind")), row.getString("text"),
				row.getString("postback"), row.getObject("received_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * What the sender wrote, without NUL (which PostgreSQL can't store) and other
	 * control, invisible or direction-changing characters: kept, not refused, since the
	 * provider only relays it.
	 */
	private static @Nullable String cleaned(@Nullable String text, boolean multiLine) {
		return text == null ? null : PlainTexts.cleaned(text, multiLine);
	}

	private static @Nullable String shortened(@Nullable String text, int max) {
		return text == null ? null : Texts.shortened(text, max);
	}

}
