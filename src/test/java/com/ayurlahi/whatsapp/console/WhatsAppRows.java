package com.ayurlahi.whatsapp.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.whatsapp.OutboundMessage;

import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp rows written straight into the module's tables, as the webhook, the
 * conversation and the outbox sender leave them, for the console to show; each test on
 * numbers of its own, removed again by {@link #removeAll()}.
 */
final class WhatsAppRows {

	private final JdbcClient jdbc;

	private final List<String> phones = new ArrayList<>();

	WhatsAppRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A number no other test uses: 91 and ten digits. */
	String newPhone() {
		String phone = "9197" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
		phones.add(phone);
		return phone;
	}

	/** The user's verified number, verified at {@code at}. */
	void verified(UUID userId, String phone, Instant at) {
		jdbc.sql("""
				insert into whatsapp_numbers (user_id, phone, verified_phone, verified_at, tries_left, updated_at)
				values (:userId, :phone, :phone, :at, 5, :at)
				""").param("userId", userId).param("phone", phone).param("at", Timestamp.from(at)).update();
	}

	void contact(String phone, boolean optedOut, @Nullable Instant lastInboundAt, Instant at) {
		jdbc.sql("""
				insert into whatsapp_contacts (phone, opted_out, last_inbound_at, updated_at)
				values (:phone, :optedOut, :lastInbound, :at)
				""")
			.param("phone", phone)
			.param("optedOut", optedOut)
			.param("lastInbound", lastInboundAt == null ? null : Timestamp.from(lastInboundAt))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A user's message, handled with {@code outcome} unless that is null. */
	UUID inbound(String phone, String kind, @Nullable String text, @Nullable String postback, Instant at,
			@Nullable String outcome) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into whatsapp_inbound (id, provider_id, phone, sender_name, kind, text, postback, sent_at,
				                              received_at, handled_at, outcome)
				values (:id, :providerId, :phone, 'Ravi from WhatsApp', :kind, :text, :postback, :at, :at, :handledAt,
				        :outcome)
				""")
			.param("id", id)
			.param("providerId", "wamid." + id)
			.param("phone", phone)
			.param("kind", kind)
			.param("text", text)
			.param("postback", postback)
			.param("at", Timestamp.from(at))
			.param("handledAt", outcome == null ? null : Timestamp.from(at.plusMillis(200)))
			.param("outcome", outcome)
			.update();
		return id;
	}

	/** One of our messages, as the outbox holds it. */
	Outbound outbound(OutboundMessage message, String kind, String status, Instant at) {
		return new Outbound(message, kind, status, at);
	}

	/** Consent given or withdrawn. */
	void consent(String phone, boolean optedIn, String source, Instant at) {
		jdbc.sql("""
				insert into whatsapp_consents (id, phone, opted_in, source, recorded_at)
				values (:id, :phone, :optedIn, :source, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("phone", phone)
			.param("optedIn", optedIn)
			.param("source", source)
			.param("at", Timestamp.from(at))
			.update();
	}

	String status(UUID outboxId) {
		return jdbc.sql("select status from whatsapp_outbox where id = :id")
			.param("id", outboxId)
			.query(String.class)
			.single();
	}

	Instant nextAttemptAt(UUID outboxId) {
		return jdbc.sql("select next_attempt_at from whatsapp_outbox where id = :id")
			.param("id", outboxId)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
			.single();
	}

	/** Takes every row of this test's numbers out again. */
	void removeAll() {
		if (phones.isEmpty()) {
			return;
		}
		for (String table : List.of("whatsapp_inbound", "whatsapp_outbox", "whatsapp_consents", "whatsapp_contacts")) {
			jdbc.sql("delete from " + table + " where phone in (:phones)").param("phones", phones).update();
		}
		jdbc.sql("delete from whatsapp_numbers where phone in (:phones)").param("phones", phones).update();
	}

	/** An outbox row to write, with what the sender would have recorded on it. */
	final class Outbound {

		private final OutboundMessage message;

		private final String kind;

		private final String status;

		private final Instant at;

		private @Nullable String providerId;

		private @Nullable String sentAs;

		private @Nullable String errorCode;

		private @Nullable String errorReason;

		private Instant nextAttemptAt;

		private int attempts;

		private @Nullable Map<String, String> templateValues;

		private Outbound(OutboundMessage message, String kind, String status, Instant at) {
			this.message = message;
			this.kind = kind;
			this.status = status;
			this.at = at;
			this.nextAttemptAt = at;
		}

		/** Taken by the provider under {@code id}, as a session message. */
		Outbound accepted(String id) {
			this.providerId = id;
			this.sentAs = "SESSION";
			this.attempts = Math.max(attempts, 1);
			return this;
		}

		Outbound failed(@Nullable String code, String reason) {
			this.errorCode = code;
			this.errorReason = reason;
			this.attempts = Math.max(attempts, 1);
			return this;
		}

		/** Not due before {@code next}, after {@code tries} tries. */
		Outbound due(Instant next, int tries) {
			this.nextAttemptAt = next;
			this.attempts = tries;
			return this;
		}

		Outbound sentAs(String how, Map<String, String> values) {
			this.sentAs = how;
			this.templateValues = values;
			return this;
		}

		UUID write() {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into whatsapp_outbox (id, phone, kind, message, template_values, status, sent_as, attempts,
					                             next_attempt_at, provider_id, error_code, error_reason, created_at,
					                             updated_at)
					values (:id, :phone, :kind, :message, :values, :status, :sentAs, :attempts, :next, :providerId,
					        :code, :reason, :at, :updated)
					""")
				.param("id", id)
				.param("phone", message.destination())
				.param("kind", kind)
				.param("message", JsonMapper.shared().writeValueAsString(message))
				.param("values", templateValues == null ? null : JsonMapper.shared().writeValueAsString(templateValues))
				.param("status", status)
				.param("sentAs", sentAs)
				.param("attempts", attempts)
				.param("next", Timestamp.from(nextAttemptAt))
				.param("providerId", providerId)
				.param("code", errorCode)
				.param("reason", errorReason)
				.param("at", Timestamp.from(at))
				.param("updated", Timestamp.from(at.plusSeconds(1)))
				.update();
			return id;
		}

	}

}
