package com.ayurlahi.auth.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.auth.SecurityEvent.LoginFailed.Reason;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.web.RequestIdFilter;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Password login for portal and API alike: refuses a locked email before looking at the
 * password, and has every attempt recorded in {@link LoginAttempts}. A login no account
 * could have (too long, control characters) is refused without touching the database.
 */
class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAwareAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		LoginAttempts.Origin origin = new LoginAttempts.Origin(clientIp(attempt), RequestIdFilter.current());
		String email = EmailAddresses.normalize(attempt.getName());
		if (!EmailAddresses.isStorable(email)) {
			attempts.failed(EmailAddresses.printable(email), Reason.MALFORMED_LOGIN, origin);
			throw new BadCredentialsException("No account can have this email");
		}
		Optional<Instant> locked = attempts.refuseIfLocked(email, origin);
		if (locked.isPresent()) {
			throw new AccountLockedException(locked.get());
		}
		try {
			Authentication authenticated = passwords.authenticate(attempt);
			attempts.succeeded((AuthenticatedUser) authenticated.getPrincipal(), origin);
			return authenticated;
		}
		catch (BadCredentialsException wrongPassword) {
			Optional<Instant> nowLocked = attempts.failed(email, Reason.BAD_CREDENTIALS, origin);
			if (nowLocked.isPresent()) {
				throw new AccountLockedException(nowLocked.get());
			}
			throw wrongPassword;
		}
		catch (DisabledException disabled) {
			attempts.failed(email, Reason.ACCOUNT_DISABLED, origin);
			throw disabled;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String clientIp(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

}
