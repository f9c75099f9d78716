package com.ayurlahi.whatsapp.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The numbers we talk with ({@code whatsapp_contacts}): when each last wrote to us, which
 * opens the 24-hour window for free-form messages, and whether it opted out, with every
 * consent given or withdrawn logged in {@code whatsapp_consents}.
 */
@Repository
public class Contacts {

	/** How long after a user's last message we may send it anything. */
	public static final Duration WINDOW = Duration.ofHours(24);

	/** Where a consent came from. */
	public enum ConsentSource {

		/** The user wrote STOP or START. */
		KEYWORD,
		/** Gupshup's opted-in / opted-out user event. */
		PROVIDER,
		/** The user verified the number in a portal. */
		VERIFICATION

	}

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number wrote to us at {@code at}: its window runs from then. */
	public void heardFrom(String phone, Instant at) {
		ensure(phone, at);
		jdbc.sql("""
				update whatsapp_contacts set last_inbound_at = :at, updated_at = :at
				 where phone = :phone and (last_inbound_at is null or last_inbound_at < :at)
				""").param("phone", phone).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Holds the number's row until the transaction ends, so that its messages are handled
	 * one at a time.
	 */
	public void lock(String phone, Instant at) {
		ensure(phone, at);
		jdbc.sql("select phone from whatsapp_contacts where phone = :phone for update")
			.param("phone", phone)
			.query(String.class)
			.single();
	}

	/**
	 * Holds the number's row until the transaction ends, like {@link #lock}, unless
	 * another transaction holds it: then returns false at once instead of waiting.
	 */
	public boolean lockUnlessBusy(String phone, Instant at) {
		ensure(phone, at);
		return jdbc.sql("select phone from whatsapp_contacts where phone = :phone for update skip locked")
			.param("phone", phone)
			.query(String.class)
			.optional()
			.isPresent();
	}

	/** Whether free-form messages may go to the number at {@code now}. */
	public boolean withinWindow(String phone, Instant now) {
		return lastInbound(phone).map(last -> last.isAfter(now.minus(WINDOW))).orElse(false);
	}

	public Optional<Instant> lastInbound(String phone) {
		return jdbc.sql("select last_inbound_at from whatsapp_contacts where phone = :phone")
			.param("phone", phone)
			.query((row, number) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class))
				.map(OffsetDateTime::toInstant))
			.optional()
			.flatMap(last -> last);
	}

	public boolean optedOut(String phone) {
		return jdbc.sql("select opted_out from whatsapp_contacts where phone = :phone")
			.param("phone", phone)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records that the number gave ({@code optedIn}) or withdrew its consent. Returns
	 * whether that changed anything (a second STOP changes nothing and logs nothing).
	 */
	public boolean consent(String phone, boolean optedIn, ConsentSource source, Instant at) {
		ensure(phone, at);
		boolean changed = jdbc.sql("""
				update whatsapp_contacts set opted_out = :optedOut, updated_at = :at
				 where phone = :phone and opted_out <> :optedOut
				""").param("phone", phone).param("optedOut", !optedIn).param("at", Timestamp.from(at)).update() == 1;
		if (changed || source == ConsentSource.VERIFICATION) {
			jdbc.sql("""
					insert into whatsapp_consents (id, phone, opted_in, source, recorded_at)
					values (:id, :phone, :optedIn, :source, :at)
					""")
				.param("id", UUID.randomUUID())
				.param("phone", phone)
				.param("optedIn", optedIn)
				.param("source", source.name())
				.param("at", Timestamp.from(at))
				.update();
		}
		return changed;
	}

	/**
	 * Whether an unknown number may be told today where to register: true once a day per
	 * number.
	 */
	public boolean firstRegistrationHintOn(String phone, LocalDate today, Instant at) {
		ensure(phone, at);
		return jdbc.sql("""
				update whatsapp_contacts set registration_hint_on = :today, updated_at = :at
				 where phone = :phone and (registration_hint_on is null or registration_hint_on < :today)
				""").param("phone", phone).param("today", today).param("at", Timestamp.from(at)).update() == 1;
	}

	private void ensure(String phone, Instant at) {
		jdbc.sql("""
				insert into whatsapp_contacts (phone, opted_out, updated_at) values (:phone, false, :at)
				on conflict do nothing
				""").param("phone", phone).param("at", Timestamp.from(at)).update();
	}

}
