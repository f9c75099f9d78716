package com.ayurlahi.auth;

import java.time.Duration;

/** Too many password resets asked for from one address or network: wait and try again. */
public class TooManyResetRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyResetRequestsException(Duration retryAfter) {
		super("Too many password reset requests. Please wait " + Math.max(1, (retryAfter.toSeconds() + 59) / 60)
				+ " minutes and try again.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
