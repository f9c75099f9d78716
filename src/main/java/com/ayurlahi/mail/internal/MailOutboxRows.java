package com.ayurlahi.mail.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.Texts;
import com.ayurlahi.mail.Email;

/** The rows of {@code mail_outbox}; each call its own transaction or the caller's. */
@Component
@Transactional
public class MailOutboxRows {

	private final JdbcClient jdbc;

	MailOutboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An email claimed for sending. */
	record Claimed(UUID id, Email email, int attempts) {
	}

	public void add(Email email, Instant now) {
		jdbc.sql("""
				insert into mail_outbox (id, recipient, subject, body, created_at, next_attempt_at, attempts)
				values (:id, :recipient, :subject, :body, :now, :now, 0)
				""")
			.param("id", UUID.randomUUID())
			.param("recipient", email.to())
			.param("subject", email.subject())
			.param("body", email.text())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} emails due at {@code now}, skipping rows another
	 * instance holds; the claim lasts until {@code claimedUntil}, after which an email
	 * whose sending was cut short (a crash) is due again.
	 */
	List<Claimed> claim(Instant now, Instant claimedUntil, int limit) {
		List<Claimed> claimed = jdbc.sql("""
				select id, recipient, subject, body, attempts from mail_outbox
				 where given_up_at is null and next_attempt_at <= :now
				 order by created_at
				 limit :limit
				 for update skip locked
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((row, number) -> new Claimed(row.getObject("id", UUID.class),
					new Email(row.getString("recipient"), row.getString("subject"), row.getString("body")),
					row.getInt("attempts")))
			.list();
		claimed.forEach(email -> jdbc.sql("update mail_outbox set next_attempt_at = :until where id = :id")
			.param("id", email.id())
			.param("until", Timestamp.from(claimedUntil))
			.update());
		return claimed;
	}

	/** Sent: the row goes, with its body. */
	void sent(UUID id) {
		jdbc.sql("delete from mail_outbox where id = :id").param("id", id).update();
	}

	void failed(UUID id, String error, Instant retryAt) {
		jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :at "
				+ "where id = :id")
			.param("id", id)
			.param("error", Texts.shortened(error, 500))
			.param("at", Timestamp.from(retryAt))
			.update();
	}

	/** Given up: the recipient and the error stay, the body goes. */
	void givenUp(UUID id, String error, Instant at) {
		jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error, given_up_at = :at, body = null "
				+ "where id = :id")
			.param("id", id)
			.param("error", Texts.shortened(error, 500))
			.param("at", Timestamp.from(at))
			.update();
	}

}
