package com.ayurlahi.auth.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.auth.SecurityEvent;
import com.ayurlahi.auth.SecurityEvent.AccountLocked;
import com.ayurlahi.auth.SecurityEvent.LoginFailed;
import com.ayurlahi.auth.SecurityEvent.LoginSucceeded;

/**
 * Writes every security event to the {@code ayurlahi.security} log, where operators alert
 * on lock-outs, once the transaction that recorded it has committed.
 */
@Component
class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger("ayurlahi.security");

	@TransactionalEventListener
	void on(SecurityEvent event) {
		switch (event) {
			case LoginSucceeded success ->
				log.info("Login of {} ({}) from {}", success.email(), success.role(), success.clientIp());
			case LoginFailed failure ->
				log.info("Failed login of {} from {}: {}", failure.email(), failure.clientIp(), failure.reason());
			case AccountLocked lock -> log.warn("Locked {} until {} after repeated failed logins, last from {}",
					lock.email(), lock.lockedUntil(), lock.clientIp());
		}
	}

}
