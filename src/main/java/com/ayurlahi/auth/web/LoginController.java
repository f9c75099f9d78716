package com.ayurlahi.auth.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.auth.internal.PortalLoginHandlers;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The login form ({@code username}, {@code password}, posted to {@code /login} and
 * handled by Spring Security), with a message that says why it is shown again.
 */
@Controller
class LoginController {

	private final Clock clock;

	LoginController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal @Nullable AuthenticatedUser user, HttpServletRequest request, Model model) {
		if (user != null) {
			return "redirect:" + user.role().portal().path();
		}
		HttpSession session = request.getSession(false);
		FlashMessage message = messageFor(request, session);
		if (message != null) {
			model.addAttribute("loginMessage", message);
		}
		if (session != null && (has(request, "error") || has(request, "locked"))) {
			model.addAttribute("email", session.getAttribute(PortalLoginHandlers.LAST_EMAIL));
		}
		return "public/login";
	}

	private @Nullable FlashMessage messageFor(HttpServletRequest request, @Nullable HttpSession session) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (has(request, "locked") && failure instanceof AccountLockedException locked) {
			return new FlashMessage(Level.DANGER, "Too many failed sign-ins. This account is locked for "
					+ minutes(locked.minutesLeft(clock.instant())) + "; try again later.");
		}
		if (has(request, "error")) {
			return new FlashMessage(Level.DANGER, "Wrong email or password.");
		}
		if (has(request, "expired")) {
			return new FlashMessage(Level.INFO,
					"Your session expired after 30 minutes without activity. Please sign in again.");
		}
		if (has(request, "logout")) {
			return new FlashMessage(Level.SUCCESS, "You have signed out.");
		}
		if (new HttpSessionRequestCache().getRequest(request, null) != null) {
			return new FlashMessage(Level.INFO, "Please sign in to continue.");
		}
		return null;
	}

	private static boolean has(HttpServletRequest request, String flag) {
		return request.getParameterMap().containsKey(flag);
	}

	private static String minutes(long minutes) {
		return minutes == 1 ? "1 more minute" : minutes + " more minutes";
	}

}
