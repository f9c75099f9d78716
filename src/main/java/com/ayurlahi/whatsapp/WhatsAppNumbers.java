package com.ayurlahi.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.internal.Contacts;
import com.ayurlahi.whatsapp.internal.Numbers;
import com.ayurlahi.whatsapp.internal.Numbers.NumberRow;
import com.ayurlahi.whatsapp.internal.Outbox;

/**
 * A user's WhatsApp number: given in its portal, verified by a six-digit code sent to it
 * over WhatsApp (valid ten minutes, five tries), and then the number its notifications go
 * to and, for a clinic, the number it may order from. A verified number belongs to one
 * account. Verifying gives the number's consent to be messaged. The kinds of notification
 * the user turned off are kept here too.
 */
@Service
@Transactional
public class WhatsAppNumbers {

	public static final Duration CODE_VALID = Duration.ofMinutes(10);

	public static final int TRIES = 5;

	/** How long before another code may be asked for. */
	public static final Duration RESEND_AFTER = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Numbers numbers;

	private final Contacts contacts;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WhatsAppChannel channel;

	WhatsAppNumbers(Numbers numbers, Contacts contacts, Outbox outbox, ApplicationEventPublisher events, Clock clock,
			WhatsAppChannel channel) {
		this.channel = channel;
		this.numbers = numbers;
		this.contacts = contacts;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** Where a user's number stands. */
	public record NumberStatus(String phone, @Nullable String verifiedPhone, @Nullable Instant verifiedAt,
			boolean codePending, @Nullable Instant codeExpiresAt, int triesLeft) {

		public boolean verified() {
			return verifiedPhone != null;
		}

		/** The number given (being verified or verified), as people write it. */
		public String phoneDisplay() {
			return display(phone);
		}

		/** The verified number as people write it, or blank. */
		public String verifiedDisplay() {
			return verifiedPhone == null ? "" : display(verifiedPhone);
		}

		/** The number as people write it: +91 98470 12345. */
		public static String display(String phone) {
			return phone.length() == 12 && phone.startsWith("91")
					? "+91 " + phone.substring(2, 7) + " " + phone.substring(7) : "+" + phone;
		}

	}

	@Transactional(readOnly = true)
	public Optional<NumberStatus> of(AuthenticatedUser user) {
		Instant now = clock.instant();
		return numbers.of(user.id())
			.map(row -> new NumberStatus(
					row.phone(), row.verifiedPhone(), row.verifiedAt(), row.codeHash() != null
							&& row.codeExpiresAt() != null && row.codeExpiresAt().isAfter(now) && row.triesLeft() > 0,
					row.codeExpiresAt(), row.triesLeft()));
	}

	/**
	 * Sends a verification code to {@code phone} (an Indian mobile number) for
	 * {@code user}; returns the number as stored.
	 * @throws InvalidInputException ({@code phone}) for a number that is not an Indian
	 * mobile number
	 * @throws ConflictException when the number is another account's, or a code was sent
	 * moments ago
	 */
	public String sendCode(AuthenticatedUser user, String phone) {
		String normalized = IndianMobileNumbers.normalize(phone);
		if (normalized == null || !IndianMobileNumbers.isValid(normalized)) {
			throw new InvalidInputException("phone", "Enter an Indian mobile number, such as +91 98470 12345.");
		}
		String digits = Destinations.checked(normalized);
		Instant now = clock.instant();
		numbers.ownerOf(digits).filter(owner -> !owner.equals(user.id())).ifPresent(owner -> {
			throw new ConflictException("This number is verified for another Ayurlahi account.");
		});
		Optional<NumberRow> current = numbers.forUpdate(user.id());
		if (current.filter(row -> row.codeHash() != null && row.codeExpiresAt() != null)
			.filter(row -> row.codeExpiresAt().minus(CODE_VALID).plus(RESEND_AFTER).isAfter(now))
			.isPresent()) {
			throw new ConflictException("A code was sent a moment ago; wait half a minute before asking again.");
		}
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		numbers.codeSent(user.id(), digits, hash(user, code), now.plus(CODE_VALID), TRIES, now);
		outbox.notice(digits, user.id(), NoticeKind.VERIFICATION_CODE,
				code + " is your Ayurlahi verification code. It expires in 10 minutes. Do not share it.",
				Map.of("code", code));
		return digits;
	}

	/**
	 * Verifies the number with the code sent to it. A wrong code uses up one of the five
	 * tries (kept even though the attempt is refused).
	 * @throws InvalidInputException ({@code code}) for a wrong, expired or used-up code
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public NumberStatus verify(AuthenticatedUser user, String code) {
		Instant now = clock.instant();
		NumberRow row = numbers.forUpdate(user.id())
			.filter(found -> found.codeHash() != null && found.codeExpiresAt() != null)
			.orElseThrow(() -> new InvalidInputException("code", "Ask for a code first."));
		if (row.triesLeft() == 0) {
			throw new InvalidInputException("code", "Too many wrong codes: ask for a new one.");
		}
		if (!row.codeExpiresAt().isAfter(now)) {
			throw new InvalidInputException("code", "The code has expired: ask for a new one.");
		}
		if (!MessageDigest.isEqual(hash(user, code.strip()).getBytes(StandardCharsets.UTF_8),
				row.codeHash().getBytes(StandardCharsets.UTF_8))) {
			int left = row.triesLeft() - 1;
			numbers.wrongCode(user.id(), left, now);
			throw new InvalidInputException("code",
					left == 0 ? "Wrong code, and that was the last try: ask for a new one."
							: "Wrong code: " + left + (left == 1 ? " try" : " tries") + " left.");
		}
		if (numbers.ownerOf(row.phone()).filter(owner -> !owner.equals(user.id())).isPresent()) {
			throw new ConflictException("This number is verified for another Ayurlahi account.");
		}
		numbers.verified(user.id(), row.phone(), now);
		contacts.consent(row.phone(), true, Contacts.ConsentSource.VERIFICATION, now);
		events.publishEvent(AuditedChange.of("WHATSAPP_NUMBER_VERIFIED", "User", user.id())
			.field("whatsAppNumber", row.verifiedPhone(), row.phone())
			.by(Actor.user(user.id(), user.role().name())));
		return new NumberStatus(row.phone(), row.phone(), now, false, null, 0);
	}

	/**
	 * Sends a password reset code to the user's verified number, as a verification code
	 * (the same approved template), in the caller's transaction; false when the user has
	 * no verified number (nothing is sent).
	 */
	public boolean sendPasswordResetCode(UUID userId, String code) {
		Optional<String> verified = numbers.verifiedPhone(userId);
		verified.ifPresent(phone -> outbox.notice(phone, userId, NoticeKind.VERIFICATION_CODE,
				code + " is your Ayurlahi password reset code. It expires in 10 minutes. Do not share it; if you did "
						+ "not ask to reset your password, ignore this message.",
				Map.of("code", code)));
		return verified.isPresent();
	}

	/** Whether WhatsApp messages can be sent at all (Gupshup or the simulator). */
	public boolean channelOn() {
		return channel.isOn();
	}

	@Transactional(readOnly = true)
	public Set<NoticeKind> mutedKinds(AuthenticatedUser user) {
		return numbers.mutedKinds(user.id());
	}

	/** Turns off the kinds in {@code muted} for the user, and every other kind on. */
	public void mute(AuthenticatedUser user, Set<NoticeKind> muted) {
		Set<NoticeKind> before = numbers.mutedKinds(user.id());
		Set<NoticeKind> after = muted.stream()
			.filter(NoticeKind::mayBeMuted)
			.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(NoticeKind.class)));
		if (before.equals(after)) {
			return;
		}
		numbers.mute(user.id(), after);
		events.publishEvent(AuditedChange.of("WHATSAPP_NOTIFICATIONS_CHANGED", "User", user.id())
			.field("mutedKinds", before.toString(), after.toString())
			.by(Actor.user(user.id(), user.role().name())));
	}

	private static String hash(AuthenticatedUser user, String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest((user.id() + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
