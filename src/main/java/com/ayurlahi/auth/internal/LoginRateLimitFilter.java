package com.ayurlahi.auth.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.ayurlahi.common.web.ErrorDetail;
import com.ayurlahi.common.web.Problems;

/**
 * Answers 429 with {@code Retry-After} once an IP address has used up its sign-in and
 * sign-up requests; the portal shows the error page, the API a problem+json body.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	private final LoginRateLimiter limiter;

	private final RequestMatcher limitedRequests;

	private final Problems problems;

	LoginRateLimitFilter(LoginRateLimiter limiter, RequestMatcher limitedRequests, Problems problems) {
		this.limiter = limiter;
		this.limitedRequests = limitedRequests;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !limitedRequests.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> retryAfter = limiter.retryAfter(request.getRemoteAddr());
		if (retryAfter.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (retryAfter.get().toMillis() + 999) / 1000);
		String message = "Too many sign-in attempts from your network. Please wait " + seconds
				+ " seconds and try again.";
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, message));
		}
		else {
			ErrorDetail.sendError(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), message);
		}
	}

}
