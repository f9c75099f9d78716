package com.ayurlahi.auth;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused because the account is locked after repeated failures, whatever the
 * password.
 */
public class AccountLockedException extends LockedException {

	private final Instant lockedUntil;

	public AccountLockedException(Instant lockedUntil) {
		super("The account is locked after too many failed logins");
		this.lockedUntil = lockedUntil;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	/** Whole minutes left, rounded up, for messages to the user. */
	public long minutesLeft(Instant now) {
		long seconds = Math.max(0, Duration.between(now, lockedUntil).toSeconds());
		return Math.max(1, (seconds + 59) / 60);
	}

}
