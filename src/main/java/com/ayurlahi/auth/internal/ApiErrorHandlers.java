package com.ayurlahi.auth.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.ayurlahi.common.web.Problems;

/**
 * 401 and 403 for the JSON API and the actuator as problem+json, with the
 * {@code WWW-Authenticate} header a bearer-token client expects.
 */
final class ApiErrorHandlers {

	private ApiErrorHandlers() {
	}

	static final class Unauthenticated implements AuthenticationEntryPoint {

		private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

		private final Problems problems;

		Unauthenticated(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			bearer.commence(request, response, exception);
			String message = exception instanceof OAuth2AuthenticationException
					? "The access token is invalid or has expired. Log in again with POST /api/auth/login."
					: "Authentication is required: send 'Authorization: Bearer <accessToken>' from POST /api/auth/login.";
			problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, message));
		}

	}

	static final class Forbidden implements AccessDeniedHandler {

		private final Problems problems;

		Forbidden(Problems problems) {
			this.problems = problems;
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
				throws IOException {
			problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "Your role may not do this."));
		}

	}

}
