package com.ayurlahi.whatsapp.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;

/**
 * An ADMIN has a message that failed or was not sent go again: it is put back in the
 * outbox as due now, with its last error kept until the next try, and the sender decides
 * afresh whether and how it goes (opt-out, the 24-hour window, its template). Audited in
 * the same transaction.
 */
@Service
@Transactional
class OutboxRetry {

	static final String AUDIT_ACTION = "WHATSAPP_MESSAGE_RETRIED";

	static final String AUDIT_ENTITY = "WhatsAppMessage";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboxRetry(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The message to send again, as it was. */
	record Retried(UUID id, String phone, MessageStatus before) {
	}

	/**
	 * Puts the message back in the outbox, due now.
	 * @throws NotFoundException when there is no such message of ours
	 * @throws ConflictException when it did not fail and was sent or is still to go
	 */
	Retried retry(UUID messageId, Actor admin) {
		record Row(String phone, MessageStatus status, @Nullable String errorCode, @Nullable String errorReason) {
		}
		Row row = jdbc.sql("""
				select phone, status, error_code, error_reason from whatsapp_outbox where id = :id for update
				""")
			.param("id", messageId)
			.query((result, number) -> new Row(result.getString("phone"),
					MessageStatus.valueOf(result.getString("status")), result.getString("error_code"),
					result.getString("error_reason")))
			.optional()
			.orElseThrow(() -> new NotFoundException("There is no such WhatsApp message."));
		if (!row.status().retryable()) {
			throw new ConflictException("Only a message that failed or was not sent can be sent again; this one is "
					+ row.status().label().toLowerCase(Locale.ROOT) + ".");
		}
		Instant now = clock.instant();
		jdbc.sql("""
				update whatsapp_outbox set status = 'WAITING', next_attempt_at = :now, updated_at = :now
				 where id = :id
				""").param("id", messageId).param("now", Timestamp.from(now)).update();
		AuditedChange change = AuditedChange.of(AUDIT_ACTION, AUDIT_ENTITY, messageId)
			.field("status", row.status().name(), MessageStatus.WAITING.name())
			.by(admin);
		if (row.errorCode() != null) {
			change.value("errorCode", row.errorCode());
		}
		if (row.errorReason() != null) {
			change.value("errorReason", row.errorReason());
		}
		events.publishEvent(change);
		return new Retried(messageId, row.phone(), row.status());
	}

}
