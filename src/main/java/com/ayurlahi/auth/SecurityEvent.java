package com.ayurlahi.auth;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something that happened at the door: a login, a failed login, a lock-out. Published for
 * every attempt through the portal form and the API alike, inside the transaction that
 * records it, for the audit log.
 */
public sealed interface SecurityEvent {

	/** The login as typed, normalised; it need not belong to an account. */
	String email();

	@Nullable String clientIp();

	@Nullable String requestId();

	Instant at();

	/** A user proved their password. */
	record LoginSucceeded(UUID userId, String role, String email, @Nullable String clientIp, @Nullable String requestId,
			Instant at) implements SecurityEvent {
	}

	/** A login was refused. */
	record LoginFailed(String email, Reason reason, @Nullable String clientIp, @Nullable String requestId,
			Instant at) implements SecurityEvent {

		public enum Reason {

			/**
			 * A wrong password, or an email no account has; counts towards the lock-out.
			 */
			BAD_CREDENTIALS,
			/** Refused whatever the password, because the email is locked. */
			ACCOUNT_LOCKED, ACCOUNT_DISABLED,
			/**
			 * A login no account can have (over-long, control characters); shown with
			 * those replaced.
			 */
			MALFORMED_LOGIN

		}
	}

	/** Too many failures: the account is locked until {@code lockedUntil}. */
	record AccountLocked(String email, Instant lockedUntil, @Nullable String clientIp, @Nullable String requestId,
			Instant at) implements SecurityEvent {
	}

}
