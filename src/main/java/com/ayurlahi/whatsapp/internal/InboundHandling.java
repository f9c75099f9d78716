package com.ayurlahi.whatsapp.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.WhatsAppSettings;

/**
 * Handles each stored message once, after the webhook answered: STOP and START change the
 * number's consent; an opted-out number is not answered; a number no account has verified
 * is pointed to registration once a day and nothing else; a manufacturer's number is told
 * that ordering is for clinics; a clinic's number goes to the {@link ClinicConversation}.
 * Everything a message causes (replies, orders) is written in the transaction that marks
 * it handled, so it happens once; a number's messages are handled one at a time. A
 * message whose handling fails (a bug, the database gone) gets an apology and is marked
 * failed rather than tried forever (a refusal the conversation can put in words, such as
 * the clinic's plan refusing a checkout, gets those words instead); one a crash left
 * unhandled is picked up a minute later.
 */
@Component
public class InboundHandling {

	private static final Logger log = LoggerFactory.getLogger(InboundHandling.class);

	private static final Set<String> STOP = Set.of("STOP", "UNSUBSCRIBE", "STOP ALL");

	private static final Set<String> START = Set.of("START", "SUBSCRIBE");

	private static final Duration LEFT_OVER_AFTER = Duration.ofMinutes(1);

	private final InboundMessages inbound;

	private final Contacts contacts;

	private final Numbers numbers;

	private final Outbox outbox;

	private final UserManagement users;

	private final ClinicConversation conversation;

	private final WhatsAppSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InboundHandling(InboundMessages inbound, Contacts contacts, Numbers numbers, Outbox outbox, UserManagement users,
			ClinicConversation conversation, WhatsAppSettings settings, TransactionTemplate transactions, Clock clock) {
		this.inbound = inbound;
		this.contacts = contacts;
		this.numbers = numbers;
		this.outbox = outbox;
		this.users = users;
		this.conversation = conversation;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Handles the stored message unless it was handled already, after the number's
	 * earlier messages still waiting: a number's messages are answered in the order they
	 * arrived, whichever background thread gets to them first.
	 */
	public void handle(UUID id) {
		inbound.arrival(id)
			.ifPresent(arrival -> inbound.unhandledOf(arrival.phone(), arrival.receivedAt())
				.forEach(next -> handleOne(next, arrival.phone(), false)));
	}

	/** What became of a message {@link #handleOne} was given. */
	private enum Outcome {

		HANDLED, HANDLED_BEFORE, NUMBER_BUSY

	}

	/**
	 * Handles one message under its number's lock. With {@code unlessBusy} a number
	 * another instance or thread is answering is left to it (skipped at once rather than
	 * waited for).
	 */
	private Outcome handleOne(UUID id, String phone, boolean unlessBusy) {
		try {
			return transactions.execute(status -> {
				if (unlessBusy) {
					if (!contacts.lockUnlessBusy(phone, clock.instant())) {
						return Outcome.NUMBER_BUSY;
					}
				}
				else {
					contacts.lock(phone, clock.instant());
				}
				return inbound.unhandledForUpdate(id).map(message -> {
					contacts.heardFrom(message.phone(), message.receivedAt());
					inbound.handled(id, answer(message), clock.instant());
					return Outcome.HANDLED;
				}).orElse(Outcome.HANDLED_BEFORE);
			});
		}
		catch (RuntimeException failed) {
			Optional<String> refusal = refusalOf(id, phone, failed);
			transactions.executeWithoutResult(status -> inbound.unhandledForUpdate(id).ifPresent(message -> {
				if (refusal.isPresent()) {
					log.info("WhatsApp message {} was refused and its work rolled back: {}", id, failed.getMessage());
					outbox.reply(message, new OutboundMessage.Text(message.phone(), refusal.get()));
					inbound.handled(id, "Refused, nothing done: " + refusal.get(), clock.instant());
					return;
				}
				log.warn("WhatsApp message {} could not be handled", id, failed);
				outbox.reply(message, new OutboundMessage.Text(message.phone(),
						"Sorry, that did not work on our side. Please try again in a moment, or send MENU."));
				inbound.handled(id, "Failed: " + failed.getClass().getSimpleName(), clock.instant());
			}));
			return Outcome.HANDLED;
		}
	}

	/**
	 * The clinic conversation's words for a refusal that rolled the message's work back,
	 * if it has any (otherwise the message gets the apology); read in transactions of
	 * their own, before the one that answers.
	 */
	private Optional<String> refusalOf(UUID id, String phone, RuntimeException failed) {
		try {
			return numbers.ownerOf(phone)
				.flatMap(users::findById)
				.filter(user -> user.getRole() == Role.CLINIC)
				.flatMap(user -> conversation.answerToRefusal(failed, user.getId()));
		}
		catch (RuntimeException unanswerable) {
			log.warn("WhatsApp message {}: its refusal could not be put in words", id, unanswerable);
			return Optional.empty();
		}
	}

	/**
	 * Handles messages a crash, a restart or a failure left unhandled, each number's in
	 * the order they arrived. Every instance looks; a number whose messages another
	 * instance is answering is skipped ({@code FOR UPDATE SKIP LOCKED} on the number), so
	 * no instance waits on another and none answers a message twice. Returns how many
	 * messages were handled here.
	 */
	@Scheduled(fixedDelayString = "${ayurlahi.whatsapp.pickup-interval:1m}",
			initialDelayString = "${ayurlahi.whatsapp.pickup-interval:1m}")
	public int handleLeftOver() {
		int handled = 0;
		Set<String> busy = new HashSet<>();
		for (UUID leftOver : inbound.unhandledSince(clock.instant().minus(LEFT_OVER_AFTER), 100)) {
			Optional<InboundMessages.Arrival> arrival = inbound.arrival(leftOver);
			if (arrival.isEmpty() || busy.contains(arrival.get().phone())) {
				continue;
			}
			for (UUID next : inbound.unhandledOf(arrival.get().phone(), arrival.get().receivedAt())) {
				Outcome outcome = handleOne(next, arrival.get().phone(), true);
				if (outcome == Outcome.NUMBER_BUSY) {
					busy.add(arrival.get().phone());
					break;
				}
				handled += outcome == Outcome.HANDLED ? 1 : 0;
			}
		}
		return handled;
	}

	private String answer(InboundMessage message) {
		String said = message.said().toUpperCase(Locale.ROOT);
		if (STOP.contains(said)) {
			if (contacts.consent(message.phone(), false, Contacts.ConsentSource.KEYWORD, clock.instant())) {
				outbox.acknowledgeConsent(message,
						"You will get no more WhatsApp messages from Ayurlahi. Send START to hear from us again.");
			}
			return "Opted out (STOP).";
		}
		if (START.contains(said)) {
			if (contacts.consent(message.phone(), true, Contacts.ConsentSource.KEYWORD, clock.instant())) {
				outbox.acknowledgeConsent(message, "Welcome back: you will hear from Ayurlahi on WhatsApp again.");
			}
			return "Opted in (START).";
		}
		if (contacts.optedOut(message.phone())) {
			return "Not answered: the number opted out.";
		}
		Optional<User> owner = numbers.ownerOf(message.phone()).flatMap(users::findById);
		if (owner.isEmpty()) {
			if (contacts.firstRegistrationHintOn(message.phone(), IndianTime.today(clock), clock.instant())) {
				outbox.reply(message, new OutboundMessage.Text(message.phone(),
						"This number is not registered with Ayurlahi. To order on WhatsApp, register your clinic at "
								+ settings.portalUrl() + " and verify this number in your clinic's profile."));
				return "Unknown number: pointed to registration.";
			}
			return "Unknown number: already pointed to registration today.";
		}
		User user = owner.get();
		if (user.getRole() != Role.CLINIC) {
			outbox.reply(message, new OutboundMessage.Text(message.phone(),
					"This number receives Ayurlahi's notifications for your account. Ordering on WhatsApp is for "
							+ "clinics; manage your orders in the portal at " + settings.portalUrl() + "."));
			return "A " + user.getRole().label().toLowerCase(Locale.ROOT) + "'s number: told ordering is for clinics.";
		}
		return conversation.handle(message, user.getId());
	}

}
