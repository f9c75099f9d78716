package com.ayurlahi.auth.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Where a portal session keeps its security context and CSRF token, shared by the
 * portals' filter chain and by sign-ins that happen outside the login form (right after
 * registration), so both do the same: a new session id (no fixation), a new CSRF token,
 * the context saved in the session.
 */
@Component
public class PortalSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

	private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));

	/** Makes {@code authentication} the signed-in user of this browser session. */
	public void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		sessionStrategy.onAuthentication(authentication, request, response);
		contexts.saveContext(context, request, response);
	}

	SecurityContextRepository contexts() {
		return contexts;
	}

	CsrfTokenRepository csrfTokens() {
		return csrfTokens;
	}

}
