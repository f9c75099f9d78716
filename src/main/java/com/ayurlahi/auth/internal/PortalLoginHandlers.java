package com.ayurlahi.auth.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.common.Portal;

/**
 * Where the login form leads. After a login the user lands on the page they were sent
 * away from, when it belongs to their own portal, and otherwise on their portal's home.
 * After a failure the form shows again with the email filled in and a message that says
 * why.
 */
public final class PortalLoginHandlers {

	/**
	 * Session attribute holding the email of the last failed attempt, to fill the form in
	 * again.
	 */
	public static final String LAST_EMAIL = PortalLoginHandlers.class.getName() + ".email";

	private PortalLoginHandlers() {
	}

	static final class Success implements AuthenticationSuccessHandler {

		private final RequestCache requestCache;

		private final RedirectStrategy redirects = new DefaultRedirectStrategy();

		Success(RequestCache requestCache) {
			this.requestCache = requestCache;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			String home = authentication.getAuthorities()
				.stream()
				.flatMap(authority -> Portal.ofRole(String.valueOf(authority.getAuthority())).stream())
				.findFirst()
				.map(Portal::path)
				.orElse("/");
			String target = home;
			SavedRequest saved = requestCache.getRequest(request, response);
			if (saved instanceof DefaultSavedRequest wanted) {
				String path = wanted.getRequestURI().substring(request.getContextPath().length());
				if (path.equals(home) || path.startsWith(home + "/")) {
					target = wanted.getQueryString() == null ? path : path + "?" + wanted.getQueryString();
				}
			}
			requestCache.removeRequest(request, response);
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
				session.removeAttribute(LAST_EMAIL);
			}
			redirects.sendRedirect(request, response, target);
		}

	}

	static final class Failure implements AuthenticationFailureHandler {

		private final RedirectStrategy redirects = new DefaultRedirectStrategy();

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			HttpSession session = request.getSession();
			session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
			String email = request.getParameter("username");
			if (email != null && email.length() <= 254) {
				session.setAttribute(LAST_EMAIL, email.strip());
			}
			redirects.sendRedirect(request, response,
					exception instanceof AccountLockedException ? "/login?locked" : "/login?error");
		}

	}

}
