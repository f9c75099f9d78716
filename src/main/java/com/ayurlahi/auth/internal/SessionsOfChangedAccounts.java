package com.ayurlahi.auth.internal;

import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.ayurlahi.users.AccountCredentialsChanged;

/**
 * Ends the portal sessions of an account whose password changed or was reset, or that was
 * suspended, once that change has committed: every session on every instance (they are
 * all in the database, found by the account's email), except the one in which the user
 * changed their own password.
 */
@Component
class SessionsOfChangedAccounts {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionsOfChangedAccounts(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountCredentialsChanged changed) {
		if (changed.what() == AccountCredentialsChanged.What.REINSTATED) {
			return;
		}
		String keep = changed.what() == AccountCredentialsChanged.What.PASSWORD_CHANGED
				? currentSessionOf(changed.email()) : null;
		Set<String> ids = sessions.findByPrincipalName(changed.email()).keySet();
		ids.stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
	}

	/** This request's session, if it is signed in as {@code email}. */
	private static @Nullable String currentSessionOf(String email) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				|| signedIn == null || !email.equals(signedIn.getName())) {
			return null;
		}
		HttpSession session = request.getRequest().getSession(false);
		return session == null ? null : session.getId();
	}

}
