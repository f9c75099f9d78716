package com.ayurlahi.auth.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.auth.SecurityEvent.AccountLocked;
import com.ayurlahi.auth.SecurityEvent.LoginFailed;
import com.ayurlahi.auth.SecurityEvent.LoginFailed.Reason;
import com.ayurlahi.auth.SecurityEvent.LoginSucceeded;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.web.RequestIdFilter;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Password login for portal and API alike: refuses a locked email before looking at the password, counts
 * failures towards a lock-out, and publishes a {@link com.ayurlahi.auth.SecurityEvent} for each attempt.
 */
class LockoutAwareAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginLockouts lockouts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LockoutAwareAuthenticationProvider(AuthenticationProvider passwords, LoginLockouts lockouts,
            ApplicationEventPublisher events, Clock clock) {
        this.passwords = passwords;
        this.lockouts = lockouts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = String.valueOf(EmailAddresses.normalize(attempt.getName()));
        String ip = clientIp(attempt);
        String requestId = RequestIdFilter.current();
        if (email.length() > EmailAddresses.MAX_LENGTH) {
            events.publishEvent(new LoginFailed(email.substring(0, EmailAddresses.MAX_LENGTH), Reason.BAD_CREDENTIALS,
                    ip, requestId, clock.instant()));
            throw new BadCredentialsException("No account can have this email");
        }
        Optional<Instant> locked = lockouts.lockedUntil(email);
        if (locked.isPresent()) {
            events.publishEvent(new LoginFailed(email, Reason.ACCOUNT_LOCKED, ip, requestId, clock.instant()));
            throw new AccountLockedException(locked.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            lockouts.recordSuccess(email);
            AuthenticatedUser user = (AuthenticatedUser) authenticated.getPrincipal();
            events.publishEvent(new LoginSucceeded(user.id(), user.role().name(), email, ip, requestId, clock.instant()));
            return authenticated;
        } catch (BadCredentialsException wrongPassword) {
            events.publishEvent(new LoginFailed(email, Reason.BAD_CREDENTIALS, ip, requestId, clock.instant()));
            Optional<Instant> nowLocked = lockouts.recordFailure(email);
            if (nowLocked.isPresent()) {
                events.publishEvent(new AccountLocked(email, nowLocked.get(), ip, requestId, clock.instant()));
                throw new AccountLockedException(nowLocked.get());
            }
            throw wrongPassword;
        } catch (DisabledException disabled) {
            events.publishEvent(new LoginFailed(email, Reason.ACCOUNT_DISABLED, ip, requestId, clock.instant()));
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
