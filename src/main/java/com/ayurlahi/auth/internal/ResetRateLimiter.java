package com.ayurlahi.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.ayurlahi.auth.RecoverySettings;

/**
 * Token buckets for password reset requests, one per email address and one per client IP,
 * shared by every app instance on PostgreSQL ({@link RateLimitBuckets}), like the sign-in
 * limit. An address's bucket is named by the address's SHA-256, so that the table holds
 * no email addresses.
 */
@Component
class ResetRateLimiter {

	private final RecoverySettings settings;

	private final RateLimitBuckets buckets;

	ResetRateLimiter(RecoverySettings settings, RateLimitBuckets buckets) {
		this.settings = settings;
		this.buckets = buckets;
	}

	/**
	 * Takes one request from the address's and the IP's buckets; empty means the request
	 * is allowed, otherwise how long to wait.
	 */
	Optional<Duration> retryAfter(String email, String clientIp) {
		Optional<Duration> ip = buckets.take("reset-ip:" + clientIp, settings.perIp(), settings.period());
		return ip.isPresent() ? ip : buckets.take("reset-email:" + sha256(email.toLowerCase(Locale.ROOT)),
				settings.perAddress(), settings.period());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("Every JVM has SHA-256", missing);
		}
	}

}
