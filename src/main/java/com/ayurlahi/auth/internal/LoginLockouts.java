package com.ayurlahi.auth.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.auth.AuthProperties;

/**
 * Counts failed logins per email and locks the email after {@code maxFailures} within {@code window}. Kept
 * by email, not by account, so that a lock-out looks the same whether or not the account exists. Counting
 * happens in the database with conditional updates, so concurrent attempts on several app instances are all
 * counted.
 */
@Component
class LoginLockouts {

    private final JdbcClient jdbc;
    private final AuthProperties.Lockout settings;
    private final Clock clock;

    LoginLockouts(JdbcClient jdbc, AuthProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.lockout();
        this.clock = clock;
    }

    /** When the email's lock ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String email) {
        return jdbc.sql("select locked_until from login_lockouts where email = :email and locked_until > :now")
                .param("email", email)
                .param("now", Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts a failure; returns the end of the lock when this failure locks the email.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String email) {
        Instant now = clock.instant();
        if (countFailure(email, now) == 0) {
            try {
                jdbc.sql("insert into login_lockouts (email, failed_attempts, window_started_at) values (:email, 1, :now)")
                        .param("email", email)
                        .param("now", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException concurrentFirstFailure) {
                countFailure(email, now);
            }
        }
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
        return locked == 1 ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** A successful login forgets earlier failures. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        jdbc.sql("delete from login_lockouts where email = :email").param("email", email).update();
    }

    private int countFailure(String email, Instant now) {
        return jdbc.sql("""
                update login_lockouts
                   set failed_attempts = case when window_started_at < :windowStart then 1 else failed_attempts + 1 end,
                       window_started_at = case when window_started_at < :windowStart then :now else window_started_at end
                 where email = :email
                """)
                .param("windowStart", Timestamp.from(now.minus(settings.window())))
                .param("now", Timestamp.from(now))
                .param("email", email)
                .update();
    }
}
