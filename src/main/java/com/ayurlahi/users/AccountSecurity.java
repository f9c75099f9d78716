package com.ayurlahi.users;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.users.AccountCredentialsChanged.What;

/**
 * Changes to what lets a user in: a new password (the user's own choice, or through a
 * reset), suspension and reinstatement. Each moves the account's token version on where
 * it should, is audited in its transaction and publishes
 * {@link AccountCredentialsChanged} so that tokens and other sessions end.
 */
@Service
@Transactional
public class AccountSecurity {

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	AccountSecurity(Users users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
	}

	/**
	 * The signed-in user's new password, with the current one as proof.
	 * @throws InvalidInputException ({@code currentPassword}) for a wrong current
	 * password, ({@code newPassword}) for one the password rules refuse
	 */
	public void changePassword(AuthenticatedUser user, String currentPassword, String newPassword) {
		User account = account(user.id());
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "This is not your current password.");
		}
		if (currentPassword.equals(newPassword)) {
			throw new InvalidInputException("newPassword", "Choose a password other than your current one.");
		}
		setPassword(account, newPassword, What.PASSWORD_CHANGED, Actor.user(account.getId(), account.getRole().name()),
				"CHANGE");
	}

	/**
	 * A new password through a reset the caller has already checked (a link or a code,
	 * {@code via}); the user, not signed in, is the actor.
	 * @throws InvalidInputException ({@code newPassword}) for one the password rules
	 * refuse
	 */
	public void resetPassword(UUID userId, String newPassword, String via) {
		User account = account(userId);
		setPassword(account, newPassword, What.PASSWORD_RESET, Actor.user(account.getId(), account.getRole().name()),
				via);
	}

	/** An ADMIN stops the account: no sign-ins, its tokens and sessions end. */
	public User suspend(UUID userId, AuthenticatedUser admin) {
		User account = account(userId);
		if (account.getId().equals(admin.id())) {
			throw new InvalidInputException("id", "You can't suspend your own account.");
		}
		account.suspend();
		events
			.publishEvent(AuditedChange.of("ACCOUNT_SUSPENDED", "User", account.getId()).field("enabled", true, false));
		events.publishEvent(new AccountCredentialsChanged(account.getId(), account.getEmail(), What.SUSPENDED));
		return account;
	}

	/** An ADMIN lets a suspended account sign in again (with new tokens). */
	public User reinstate(UUID userId) {
		User account = account(userId);
		account.reinstate();
		events.publishEvent(
				AuditedChange.of("ACCOUNT_REINSTATED", "User", account.getId()).field("enabled", false, true));
		events.publishEvent(new AccountCredentialsChanged(account.getId(), account.getEmail(), What.REINSTATED));
		return account;
	}

	private void setPassword(User account, String newPassword, What what, Actor actor, String via) {
		passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
			throw new InvalidInputException("newPassword", problem);
		});
		account.changePassword(passwordEncoder.encode(newPassword));
		users.saveAndFlush(account);
		events.publishEvent(AuditedChange.of(what.name(), "User", account.getId())
			.value("via", via)
			.value("tokenVersion", account.getTokenVersion())
			.by(actor));
		events.publishEvent(new AccountCredentialsChanged(account.getId(), account.getEmail(), what));
	}

	private User account(UUID userId) {
		return users.findById(userId).orElseThrow(() -> new NotFoundException("No such account."));
	}

}
