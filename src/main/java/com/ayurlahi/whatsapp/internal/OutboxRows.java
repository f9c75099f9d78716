package com.ayurlahi.whatsapp.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.Texts;
import com.ayurlahi.whatsapp.DeliveryStatus;
import com.ayurlahi.whatsapp.OutboundMessage;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's rows as the sender sees them: claimed a few at a time (each number's
 * oldest waiting message only, so that a number's messages go in order), then recorded as
 * accepted, refused, not sent or to be tried again; and moved forward by the provider's
 * delivery statuses.
 */
@Repository
@Transactional
class OutboxRows {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	OutboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message claimed for sending. */
	record Claimed(UUID id, String phone, String kind, OutboundMessage message, Map<String, String> templateValues,
			int attempts, Instant createdAt) {
	}

	/**
	 * Claims up to {@code limit} messages due at {@code now}, each the first unsent one
	 * of its number, skipping rows another instance holds; a claim lasts until
	 * {@code claimedUntil}, after which a message whose sending was cut short (a crash)
	 * is due again.
	 */
	List<Claimed> claim(Instant now, Instant claimedUntil, int limit) {
		List<Claimed> claimed = jdbc.sql("""
				select o.id, o.phone, o.kind, o.message, o.template_values, o.attempts, o.created_at
				  from whatsapp_outbox o
				 where o.status in ('WAITING', 'SENDING') and o.next_attempt_at <= :now
				   and not exists (select 1 from whatsapp_outbox e
				                    where e.phone = o.phone and e.seq < o.seq and e.status in ('WAITING', 'SENDING'))
				 order by o.seq
				 limit :limit
				 for update skip locked
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((row, number) -> new Claimed(row.getObject("id", UUID.class), row.getString("phone"),
					row.getString("kind"), JSON.readValue(row.getString("message"), OutboundMessage.class),
					values(row.getString("template_values")), row.getInt("attempts"),
					row.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		claimed.forEach(message -> jdbc.sql("""
				update whatsapp_outbox set status = 'SENDING', next_attempt_at = :until, updated_at = :now
				 where id = :id
				""")
			.param("id", message.id())
			.param("until", Timestamp.from(claimedUntil))
			.param("now", Timestamp.from(now))
			.update());
		return claimed;
	}

	void accepted(UUID id, String providerId, String sentAs, Instant at) {
		jdbc.sql("""
				update whatsapp_outbox set status = 'ENQUEUED', provider_id = :providerId, sent_as = :sentAs,
				       attempts = attempts + 1, error_code = null, error_reason = null, updated_at = :at
				 where id = :id and status = 'SENDING'
				""")
			.param("id", id)
			.param("providerId", providerId)
			.param("sentAs", sentAs)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Final: refused by the provider ({@code FAILED}) or not sent by us
	 * ({@code NOT_SENT}).
	 */
	void finished(UUID id, String status, @Nullable String code, String reason, boolean tried, Instant at) {
		jdbc.sql("""
				update whatsapp_outbox set status = :status, error_code = :code, error_reason = :reason,
				       attempts = attempts + :tried, updated_at = :at
				 where id = :id and status = 'SENDING'
				""")
			.param("id", id)
			.param("status", status)
			.param("code", code)
			.param("reason", Texts.shortened(reason, 500))
			.param("tried", tried ? 1 : 0)
			.param("at", Timestamp.from(at))
			.update();
	}

	void retryLater(UUID id, String reason, Instant nextAttemptAt, Instant at) {
		jdbc.sql("""
				update whatsapp_outbox set status = 'WAITING', error_reason = :reason, attempts = attempts + 1,
				       next_attempt_at = :next, updated_at = :at
				 where id = :id and status = 'SENDING'
				""")
			.param("id", id)
			.param("reason", Texts.shortened(reason, 500))
			.param("next", Timestamp.from(nextAttemptAt))
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Gives back a claimed message that was not tried (the provider is down meanwhile).
	 */
	void release(UUID id, Instant nextAttemptAt, Instant at) {
		jdbc.sql("""
				update whatsapp_outbox set status = 'WAITING', next_attempt_at = :next, updated_at = :at
				 where id = :id and status = 'SENDING'
				""")
			.param("id", id)
			.param("next", Timestamp.from(nextAttemptAt))
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Moves the message the provider knows as {@code providerId} to {@code status}, if
	 * that is forward; returns whether it moved.
	 */
	boolean delivery(String providerId, @Nullable String whatsAppId, DeliveryStatus status, @Nullable String code,
			@Nullable String reason, Instant at) {
		Optional<String> current = jdbc
			.sql("select status from whatsapp_outbox where provider_id = :providerId for update")
			.param("providerId", providerId)
			.query(String.class)
			.optional();
		if (current.isEmpty() || !deliveryStatus(current.get()).mayMoveTo(status)) {
			return false;
		}
		return jdbc.sql("""
				update whatsapp_outbox set status = :status, whatsapp_id = coalesce(:whatsAppId, whatsapp_id),
				       error_code = coalesce(:code, error_code), error_reason = coalesce(:reason, error_reason),
				       updated_at = :at
				 where provider_id = :providerId
				""")
			.param("providerId", providerId)
			.param("status", status.name())
			.param("whatsAppId", whatsAppId)
			.param("code", code)
			.param("reason", reason == null ? null : Texts.shortened(reason, 500))
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static DeliveryStatus deliveryStatus(String status) {
		// a message the provider took is ENQUEUED at least, whatever came first
		return switch (status) {
			case "WAITING", "SENDING", "NOT_SENT" -> DeliveryStatus.ENQUEUED;
			default -> DeliveryStatus.valueOf(status);
		};
	}

	private static Map<String, String> values(@Nullable String json) {
		return json == null ? Map.of() : JSON.readValue(json, VALUES);
	}

}
