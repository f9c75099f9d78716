package com.ayurlahi.whatsapp.conversation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The question a clinic's conversation waits to have answered ({@code
 * whatsapp_conversations}, one row per number): a quantity for a product, a checkout or a
 * cancellation to confirm. Every message takes the question away ({@link #take}); a step
 * that still waits for an answer asks again ({@link #await}). Both happen in the
 * transaction that handles the message, so an answer is used at most once: a confirmation
 * tapped twice finds nothing the second time.
 */
@Repository
class ConversationStates {

	/** How long a question stays open. */
	static final Duration OPEN_FOR = Duration.ofHours(1);

	private final JdbcClient jdbc;

	ConversationStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a conversation can wait for; {@code subject} says what it is about. */
	enum Awaiting {

		/** A number of units of the product whose id is the subject. */
		QUANTITY,
		/**
		 * A confirmation of the checkout of the cart whose fingerprint is the subject.
		 */
		CHECKOUT,
		/** A confirmation that the order whose id is the subject is to be cancelled. */
		CANCEL

	}

	/** An open question of {@code userId}'s conversation, asked at {@code askedAt}. */
	record Question(UUID userId, Awaiting awaiting, String subject, Instant askedAt) {

		boolean openAt(Instant now) {
			return askedAt.plus(OPEN_FOR).isAfter(now);
		}

	}

	/**
	 * Removes and returns the question the number's conversation waits on, if any.
	 */
	Optional<Question> take(String phone) {
		Optional<Question> question = jdbc
			.sql("select user_id, awaiting, subject, updated_at from whatsapp_conversations where phone = :phone")
			.param("phone", phone)
			.query((row, number) -> new Question(row.getObject("user_id", UUID.class),
					Awaiting.valueOf(row.getString("awaiting")), row.getString("subject"),
					row.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
		question.ifPresent(taken -> forget(phone));
		return question;
	}

	private void forget(String phone) {
		jdbc.sql("delete from whatsapp_conversations where phone = :phone").param("phone", phone).update();
	}

	/** Records that the number's conversation now waits for an answer. */
	void await(String phone, UUID userId, Awaiting awaiting, String subject, Instant at) {
		forget(phone);
		jdbc.sql("""
				insert into whatsapp_conversations (phone, user_id, awaiting, subject, updated_at)
				values (:phone, :userId, :awaiting, :subject, :at)
				""")
			.param("phone", phone)
			.param("userId", userId)
			.param("awaiting", awaiting.name())
			.param("subject", subject)
			.param("at", Timestamp.from(at))
			.update();
	}

}
