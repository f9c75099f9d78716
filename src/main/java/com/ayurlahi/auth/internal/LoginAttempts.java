package com.ayurlahi.auth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.auth.AuthProperties;
import com.ayurlahi.auth.SecurityEvent.AccountLocked;
import com.ayurlahi.auth.SecurityEvent.LoginFailed;
import com.ayurlahi.auth.SecurityEvent.LoginFailed.Reason;
import com.ayurlahi.auth.SecurityEvent.LoginSucceeded;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The record of login attempts: counts failed logins per email, locks the email after
 * {@code maxFailures} within {@code window}, and publishes a
 * {@link com.ayurlahi.auth.SecurityEvent} for every attempt in the same transaction as
 * the bookkeeping, so transactional listeners (the audit log) see exactly what was
 * recorded.
 * <p>
 * Kept by email, not by account, so that a lock-out looks the same whether or not the
 * account exists. Counting happens in the database with an upsert and conditional
 * updates, so concurrent attempts on several app instances are all counted.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final AuthProperties.Lockout settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, AuthProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.lockout();
		this.events = events;
		this.clock = clock;
	}

	/**
	 * When the email's lock ends, if it is locked now; the refused attempt is recorded.
	 */
	@Transactional
	public Optional<Instant> refuseIfLocked(String email, Origin origin) {
		Instant now = clock.instant();
		Optional<Instant> lockedUntil = jdbc
			.sql("select locked_until from login_lockouts where email = :email and locked_until > :now")
			.param("email", email)
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		lockedUntil.ifPresent(until -> events
			.publishEvent(new LoginFailed(email, Reason.ACCOUNT_LOCKED, origin.clientIp(), origin.requestId(), now)));
		return lockedUntil;
	}

	/** A successful login: earlier failures are forgotten. */
	@Transactional
	public void succeeded(AuthenticatedUser user, Origin origin) {
		jdbc.sql("delete from login_lockouts where email = :email").param("email", user.email()).update();
		events.publishEvent(new LoginSucceeded(user.id(), user.role().name(), user.email(), origin.clientIp(),
				origin.requestId(), clock.instant()));
	}

	/**
	 * A refused login. Wrong passwords count towards the lock-out; returns the end of the
	 * lock when this failure locks the email.
	 */
	@Transactional
	public Optional<Instant> failed(String email, Reason reason, Origin origin) {
		Instant now = clock.instant();
		events.publishEvent(new LoginFailed(email, reason, origin.clientIp(), origin.requestId(), now));
		if (reason != Reason.BAD_CREDENTIALS) {
			return Optional.empty();
		}
		jdbc.sql("""
				insert into login_lockouts (email, failed_attempts, window_started_at) values (:email, 0, :now)
				on conflict do nothing
				""").param("email", email).param("now", Timestamp.from(now)).update();
		jdbc.sql(
				"""
						update login_lockouts
						   set failed_attempts = case when window_started_at < :windowStart then 1 else failed_attempts + 1 end,
						       window_started_at = case when window_started_at < :windowStart then :now else window_started_at end
						 where email = :email
						""")
			.param("windowStart", Timestamp.from(now.minus(settings.window())))
			.param("now", Timestamp.from(now))
			.param("email", email)
			.update();
		Instant lockedUntil = now.plus(settings.duration());
		int locked = jdbc.sql("""
				update login_lockouts
				   set locked_until = :lockedUntil, failed_attempts = 0, window_started_at = :now
				 where email = :email and failed_attempts >= :maxFailures
				""")
			.param("lockedUntil", Timestamp.from(lockedUntil))
			.param("now", Timestamp.from(now))
			.param("email", email)
			.param("maxFailures", settings.maxFailures())
			.update();
		if (locked == 0) {
			return Optional.empty();
		}
		events.publishEvent(new AccountLocked(email, lockedUntil, origin.clientIp(), origin.requestId(), now));
		return Optional.of(lockedUntil);
	}

	/** Where an attempt came from. */
	record Origin(@Nullable String clientIp, @Nullable String requestId) {
	}

}
