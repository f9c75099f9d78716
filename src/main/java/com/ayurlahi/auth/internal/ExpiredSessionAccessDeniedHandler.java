package com.ayurlahi.auth.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A form or htmx post whose CSRF token belonged to a session that has since expired (or
 * whose session cookie is gone) comes from an idle user, not an attacker: they are sent
 * to sign in again instead of being shown "forbidden". An htmx request reloads the whole
 * page, which then leads to the login page; signing out after the session expired simply
 * counts as signed out. Every other refusal is the usual 403 page.
 */
final class ExpiredSessionAccessDeniedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	private final RequestMatcher htmx;

	ExpiredSessionAccessDeniedHandler(RequestMatcher htmx) {
		this.htmx = htmx;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException) || request.isRequestedSessionIdValid()) {
			forbidden.handle(request, response, denied);
		}
		else if (htmx.matches(request)) {
			response.setHeader("HX-Refresh", "true");
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		else {
			boolean signingOut = request.getRequestURI().equals(request.getContextPath() + "/logout");
			response.sendRedirect(request.getContextPath() + (signingOut ? "/login?logout" : "/login?expired"));
		}
	}

}
