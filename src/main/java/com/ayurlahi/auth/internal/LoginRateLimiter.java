package com.ayurlahi.auth.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.ayurlahi.auth.AuthProperties;

/**
 * A token bucket per client IP address for login requests, shared by the portal's login
 * form, registration and {@code /api/auth/**}, and on PostgreSQL by every app instance
 * ({@link RateLimitBuckets}).
 */
@Component
class LoginRateLimiter {

	private final AuthProperties.RateLimit limit;

	private final RateLimitBuckets buckets;

	LoginRateLimiter(AuthProperties properties, RateLimitBuckets buckets) {
		this.limit = properties.rateLimit();
		this.buckets = buckets;
	}

	/**
	 * Takes one request from the IP's bucket; empty means the request is allowed.
	 * @throws org.springframework.dao.DataAccessException when the shared buckets can't
	 * be reached
	 */
	Optional<Duration> retryAfter(String clientIp) {
		return buckets.take(clientIp, limit.capacity(), limit.period());
	}

}
