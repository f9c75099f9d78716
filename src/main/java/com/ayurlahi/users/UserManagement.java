package com.ayurlahi.users;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.LikePatterns;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumbers;

/**
 * Opens accounts and answers questions about them. The module's API.
 */
@Service
@Transactional
public class UserManagement {

	private final Users users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserManagement(Users users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Self-registration of a clinic or manufacturer user; the phone number is required.
	 * @throws EmailAlreadyRegisteredException when the email is taken
	 * @throws InvalidInputException when the password or phone breaks the rules
	 */
	public User register(NewAccount account) {
		if (!account.role().isSelfRegistrable()) {
			throw new InvalidInputException("role", "Only clinic and manufacturer accounts can be registered.");
		}
		if (account.phone() == null) {
			throw new InvalidInputException("phone", "Enter your mobile number.");
		}
		User user = create(account);
		events.publishEvent(created(user).by(Actor.user(user.getId(), user.getRole().name())));
		return user;
	}

	/**
	 * A platform staff account (ADMIN or SUPPORT), created by an admin or, for the first
	 * ADMIN, at start-up. Callers make sure only an ADMIN gets here.
	 */
	public User createStaffAccount(NewAccount account) {
		if (!account.role().isStaff()) {
			throw new InvalidInputException("role", "Staff accounts are ADMIN or SUPPORT.");
		}
		User user = create(account);
		events.publishEvent(created(user));
		return user;
	}

	@Transactional(readOnly = true)
	public Optional<User> findById(UUID id) {
		return users.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<User> findByEmail(String email) {
		return users.findByEmail(EmailAddresses.normalize(email));
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return users.existsByEmail(EmailAddresses.normalize(email));
	}

	@Transactional(readOnly = true)
	public boolean anyAccountWithRole(Role role) {
		return users.existsByRole(role);
	}

	/**
	 * The full names of the given users, for showing who did something; unknown ids are
	 * left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> fullNames(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of()
				: users.findAllById(ids).stream().collect(Collectors.toMap(User::getId, User::getFullName));
	}

	/**
	 * Platform staff whose name or email contains {@code search} (all when blank), by
	 * name.
	 */
	@Transactional(readOnly = true)
	public List<User> staff(String search) {
		return users.findByRoles(EnumSet.of(Role.ADMIN, Role.SUPPORT),
				LikePatterns.literal(search.strip().toLowerCase(Locale.ROOT)));
	}

	private User create(NewAccount account) {
		if (account.phone() != null && !IndianMobileNumbers.isValid(account.phone())) {
			throw new InvalidInputException("phone",
					"Enter an Indian mobile number: +91 and 10 digits starting with 6, 7, 8 or 9");
		}
		passwordPolicy.problemWith(account.password(), account.email()).ifPresent(problem -> {
			throw new InvalidInputException("password", problem);
		});
		if (users.existsByEmail(account.email())) {
			throw new EmailAlreadyRegisteredException();
		}
		User user = new User(account.email(), passwordEncoder.encode(account.password()), account.fullName(),
				account.phone(), account.role(), clock.instant());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException violation) {
			if (violation.getCause() instanceof ConstraintViolationException constraint
					&& "users_email_unique".equalsIgnoreCase(constraint.getConstraintName())) {
				throw new EmailAlreadyRegisteredException();
			}
			throw violation;
		}
		return user;
	}

	private static AuditedChange created(User user) {
		return AuditedChange.of("USER_CREATED", "User", user.getId())
			.value("email", user.getEmail())
			.value("fullName", user.getFullName())
			.value("phone", user.getPhone())
			.value("role", user.getRole());
	}

}
