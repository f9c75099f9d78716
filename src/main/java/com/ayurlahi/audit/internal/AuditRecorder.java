package com.ayurlahi.audit.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.ayurlahi.auth.SecurityEvent;
import com.ayurlahi.auth.SecurityEvent.AccountLocked;
import com.ayurlahi.auth.SecurityEvent.LoginFailed;
import com.ayurlahi.auth.SecurityEvent.LoginSucceeded;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.audit.AuditedChange.FieldChange;
import com.ayurlahi.common.web.RequestIdFilter;
import com.ayurlahi.users.AuthenticatedUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends an entry for every {@link AuditedChange} and {@link SecurityEvent},
 * synchronously and in the publisher's transaction: if the entry can't be written, the
 * change rolls back with it. Publishing outside a transaction is a programming error and
 * fails loudly.
 */
@Component
class AuditRecorder {

	private final AuditEntries entries;

	private final JsonMapper json;

	private final Clock clock;

	AuditRecorder(AuditEntries entries, JsonMapper json, Clock clock) {
		this.entries = entries;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(AuditedChange change) {
		Actor actor = change.actor() != null ? change.actor() : currentActor();
		HttpServletRequest request = currentRequest();
		entries.append(UUID.randomUUID(), clock.instant(), actor.userId(), actor.role(), change.action(),
				change.entityType(), change.entityId(), json.writeValueAsString(change.changes()),
				request == null ? null : request.getRemoteAddr(), RequestIdFilter.current());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(SecurityEvent event) {
		switch (event) {
			case LoginSucceeded success ->
				append(event, Actor.user(success.userId(), success.role()), "LOGIN_SUCCEEDED", "User",
						success.userId().toString(), Map.of("email", new FieldChange(null, success.email())));
			case LoginFailed failure -> append(event, new Actor(null, Actor.ANONYMOUS), "LOGIN_FAILED", "Login",
					failure.email(), Map.of("reason", new FieldChange(null, failure.reason().name())));
			case AccountLocked lock -> append(event, Actor.system(), "ACCOUNT_LOCKED", "Login", lock.email(),
					Map.of("lockedUntil", new FieldChange(null, lock.lockedUntil().toString())));
		}
	}

	private void append(SecurityEvent event, Actor actor, String action, String entityType, String entityId,
			Map<String, FieldChange> changes) {
		entries.append(UUID.randomUUID(), event.at(), actor.userId(), actor.role(), action, entityType, entityId,
				json.writeValueAsString(new LinkedHashMap<>(changes)), event.clientIp(), event.requestId());
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			return Actor.user(user.id(), user.role().name());
		}
		return RequestContextHolder.getRequestAttributes() == null ? Actor.system() : new Actor(null, Actor.ANONYMOUS);
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
