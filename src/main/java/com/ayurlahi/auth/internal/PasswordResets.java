package com.ayurlahi.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.auth.RecoverySettings;
import com.ayurlahi.auth.TooManyResetRequestsException;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.mail.Email;
import com.ayurlahi.mail.Mailer;
import com.ayurlahi.users.AccountSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.PasswordPolicy;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.WhatsAppNumbers;

/**
 * Password resets: a one-time link by email (valid {@code link-valid}, 30 minutes) or a
 * six-digit code to the account's verified WhatsApp number (valid ten minutes, five
 * tries, as the template that carries it says), or a link an ADMIN sends. Only a SHA-256
 * hash of the link's token or of the code is kept; a reset works once, and asking for a
 * new one ends the ones before. The requester hears the same whether or not the address
 * has an account; requests are rate-limited per address and per IP. Each step is audited
 * in its transaction.
 */
@Service
@Transactional
public class PasswordResets {

	public static final Duration CODE_VALID = WhatsAppNumbers.CODE_VALID;

	public static final int CODE_TRIES = WhatsAppNumbers.TRIES;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final AccountSecurity accounts;

	private final PasswordPolicy passwordPolicy;

	private final Mailer mailer;

	private final WhatsAppNumbers whatsApp;

	private final ResetRateLimiter limiter;

	private final RecoverySettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, UserManagement users, AccountSecurity accounts, PasswordPolicy passwordPolicy,
			Mailer mailer, WhatsAppNumbers whatsApp, ResetRateLimiter limiter, RecoverySettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.mailer = mailer;
		this.whatsApp = whatsApp;
		this.limiter = limiter;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** How a reset reaches the user. */
	public enum Channel {

		EMAIL, WHATSAPP

	}

	public boolean emailAvailable() {
		return mailer.available();
	}

	public boolean whatsAppAvailable() {
		return whatsApp.channelOn();
	}

	/**
	 * Sends a reset by {@code channel} to the account with {@code email}, if there is one
	 * (and, for WhatsApp, it has a verified number); says nothing either way.
	 * @param portalUrl the portals' address for the link, when FRONTEND_URL is not set
	 * @throws TooManyResetRequestsException when the address or the IP asked too often
	 */
	public void request(String email, Channel channel, String clientIp, String portalUrl) {
		String address = EmailAddresses.normalize(email);
		limiter.retryAfter(address, clientIp).ifPresent(wait -> {
			throw new TooManyResetRequestsException(wait);
		});
		Optional<User> account = users.findByEmail(address).filter(User::isEnabled);
		if (account.isEmpty()) {
			return;
		}
		User user = account.get();
		boolean sent = switch (channel) {
			case EMAIL -> mailer.available() && sendLink(user, null, portalUrl);
			case WHATSAPP -> sendCode(user);
		};
		if (sent) {
			events.publishEvent(AuditedChange.of("PASSWORD_RESET_REQUESTED", "User", user.getId())
				.value("channel", channel)
				.by(new Actor(null, Actor.ANONYMOUS)));
		}
	}

	/**
	 * An ADMIN sends {@code userId} a reset link by email.
	 * @throws ConflictException when email is off
	 */
	public User sendByAdmin(UUID userId, AuthenticatedUser admin, String portalUrl) {
		if (!mailer.available()) {
			throw new ConflictException("Email is off (MAIL_HOST is not set): no reset link can be sent.");
		}
		User user = users.findById(userId).orElseThrow(() -> new NotFoundException("No such account."));
		sendLink(user, admin.id(), portalUrl);
		events.publishEvent(AuditedChange.of("PASSWORD_RESET_SENT", "User", user.getId())
			.value("channel", Channel.EMAIL)
			.by(Actor.user(admin.id(), admin.role().name())));
		return user;
	}

	/** Whether {@code token} is a reset link that still works. */
	@Transactional(readOnly = true)
	public boolean linkWorks(String token) {
		return open(Channel.EMAIL, hash(token), false).isPresent();
	}

	/**
	 * Sets a new password with a reset link's token.
	 * @throws InvalidInputException ({@code token}) for a link that is unknown, used or
	 * expired; ({@code newPassword}) for a password the rules refuse
	 */
	public void resetWithLink(String token, String newPassword) {
		Reset reset = open(Channel.EMAIL, hash(token), true).orElseThrow(() -> new InvalidInputException("token",
				"This link has expired or was already used. Ask for a new one."));
		complete(reset, newPassword, Channel.EMAIL);
	}

	/**
	 * Sets a new password with the code sent by WhatsApp to the account with
	 * {@code email}. A wrong code uses up one of the tries (kept although refused).
	 * @throws InvalidInputException ({@code code}) for a wrong, expired or used-up code;
	 * ({@code newPassword}) for a password the rules refuse
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public void resetWithCode(String email, String code, String newPassword) {
		Optional<User> account = users.findByEmail(EmailAddresses.normalize(email));
		passwordPolicy.problemWith(newPassword, account.map(User::getEmail).orElse(null)).ifPresent(problem -> {
			throw new InvalidInputException("newPassword", problem);
		});
		Reset reset = account.flatMap(user -> latestCode(user.getId()))
			.orElseThrow(() -> new InvalidInputException("code", "Wrong or expired code. Ask for a new one."));
		if (!MessageDigest.isEqual(reset.secretHash().getBytes(StandardCharsets.UTF_8),
				hash(reset.userId() + ":" + code.strip()).getBytes(StandardCharsets.UTF_8))) {
			int left = reset.triesLeft() - 1;
			jdbc.sql("update password_resets set tries_left = :left where id = :id")
				.param("left", left)
				.param("id", reset.id())
				.update();
			throw new InvalidInputException("code",
					left == 0 ? "Wrong code, and that was the last try: ask for a new one."
							: "Wrong code: " + left + (left == 1 ? " try" : " tries") + " left.");
		}
		complete(reset, newPassword, Channel.WHATSAPP);
	}

	private void complete(Reset reset, String newPassword, Channel channel) {
		User user = users.findById(reset.userId()).orElseThrow();
		passwordPolicy.problemWith(newPassword, user.getEmail()).ifPresent(problem -> {
			throw new InvalidInputException("newPassword", problem);
		});
		jdbc.sql("update password_resets set used_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", reset.id())
			.update();
		accounts.resetPassword(user.getId(), newPassword, channel.name());
	}

	private boolean sendLink(User user, @Nullable UUID sentBy, String portalUrl) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		save(user, Channel.EMAIL, hash(token), settings.linkValid(), 1, sentBy);
		String base = settings.portalUrl().isBlank() ? portalUrl : settings.portalUrl();
		String link = base.replaceAll("/+$", "") + "/reset-password?token=" + token;
		long minutes = settings.linkValid().toMinutes();
		String why = sentBy == null ? "Someone (we hope you) asked to reset the password of your Ayurlahi account."
				: "The Ayurlahi team sent you this link to set a new password for your account.";
		mailer.send(new Email(user.getEmail(), "Reset your Ayurlahi password", """
				Hello %s,

				%s

				Set a new password here (the link works once, for %d minutes):

				%s

				If you did not ask for this, ignore this email: your password stays as it is.

				Ayurlahi
				""".formatted(user.getFullName(), why, minutes, link)));
		return true;
	}

	private boolean sendCode(User user) {
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		UUID id = save(user, Channel.WHATSAPP, hash(user.getId() + ":" + code), CODE_VALID, CODE_TRIES, null);
		if (!whatsApp.sendPasswordResetCode(user.getId(), code)) {
			jdbc.sql("delete from password_resets where id = :id").param("id", id).update();
			return false;
		}
		return true;
	}

	/** A new reset; the user's earlier ones that still work end. */
	private UUID save(User user, Channel channel, String secretHash, Duration valid, int tries, @Nullable UUID sentBy) {
		Instant now = clock.instant();
		jdbc.sql("update password_resets set expires_at = :now where user_id = :user and used_at is null "
				+ "and expires_at > :now")
			.param("now", Timestamp.from(now))
			.param("user", user.getId())
			.update();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into password_resets (id, user_id, channel, secret_hash, requested_at, expires_at, tries_left, sent_by)
						values (:id, :user, :channel, :hash, :now, :expires, :tries, :sentBy)
						""")
			.param("id", id)
			.param("user", user.getId())
			.param("channel", channel.name())
			.param("hash", secretHash)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(valid)))
			.param("tries", tries)
			.param("sentBy", sentBy)
			.update();
		return id;
	}

	private Optional<Reset> open(Channel channel, String secretHash, boolean forUpdate) {
		return jdbc
			.sql("select id, user_id, secret_hash, tries_left from password_resets where secret_hash = :hash "
					+ "and channel = :channel and used_at is null and expires_at > :now and tries_left > 0"
					+ (forUpdate ? " for update" : ""))
			.param("hash", secretHash)
			.param("channel", channel.name())
			.param("now", Timestamp.from(clock.instant()))
			.query(Reset.class)
			.optional();
	}

	private Optional<Reset> latestCode(UUID userId) {
		return jdbc
			.sql("select id, user_id, secret_hash, tries_left from password_resets where user_id = :user "
					+ "and channel = 'WHATSAPP' and used_at is null and expires_at > :now and tries_left > 0 "
					+ "order by requested_at desc limit 1 for update")
			.param("user", userId)
			.param("now", Timestamp.from(clock.instant()))
			.query(Reset.class)
			.optional();
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	record Reset(UUID id, UUID userId, String secretHash, int triesLeft) {
	}

}
