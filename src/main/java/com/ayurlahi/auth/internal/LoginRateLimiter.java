package com.ayurlahi.auth.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.ayurlahi.auth.AuthProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client IP address for login requests (Bucket4j), shared by the
 * portal's login form and {@code /api/auth/**}. Buckets live in this instance's memory
 * and are forgotten when idle; each app instance limits on its own, on top of the account
 * lock-out that all instances share through the database.
 */
@Component
class LoginRateLimiter {

	private final AuthProperties.RateLimit settings;

	private final Cache<String, Bucket> buckets;

	LoginRateLimiter(AuthProperties properties) {
		this.settings = properties.rateLimit();
		this.buckets = Caffeine.newBuilder()
			.expireAfterAccess(settings.period().multipliedBy(2))
			.maximumSize(100_000)
			.build();
	}

	/** Takes one request from the IP's bucket; empty means the request is allowed. */
	Optional<Duration> retryAfter(String clientIp) {
		ConsumptionProbe probe = buckets.get(clientIp, ip -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(settings.capacity()).refillGreedy(settings.capacity(), settings.period()))
			.build();
	}

}
