package com.ayurlahi.auth.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.ayurlahi.auth.RecoverySettings;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) for password reset requests, one per email address and one per
 * client IP, the way {@link LoginRateLimiter} limits sign-ins: in this instance's memory,
 * forgotten when idle.
 */
@Component
class ResetRateLimiter {

	private final RecoverySettings settings;

	private final Cache<String, Bucket> buckets;

	ResetRateLimiter(RecoverySettings settings) {
		this.settings = settings;
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(settings.period().multipliedBy(2))
			.maximumSize(100_000)
			.build();
	}

	/**
	 * Takes one request from the address's and the IP's buckets; empty means the request
	 * is allowed, otherwise how long to wait.
	 */
	Optional<Duration> retryAfter(String email, String clientIp) {
		Optional<Duration> ip = take("ip:" + clientIp, settings.perIp());
		return ip.isPresent() ? ip : take("email:" + email, settings.perAddress());
	}

	private Optional<Duration> take(String key, int capacity) {
		ConsumptionProbe probe = buckets
			.get(key,
					ignored -> Bucket.builder()
						.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, settings.period()))
						.build())
			.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

}
