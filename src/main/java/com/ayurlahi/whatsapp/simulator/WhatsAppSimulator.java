package com.ayurlahi.whatsapp.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.Destinations;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.internal.GupshupErrors;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromUser;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Note;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Tick;
import com.ayurlahi.whatsapp.simulator.SimulatorFailures.SendFailure;
import com.ayurlahi.whatsapp.simulator.SimulatorPhoneBook.LastCallback;
import com.ayurlahi.whatsapp.simulator.SimulatorPhoneBook.View;

import tools.jackson.databind.node.ObjectNode;

/**
 * Gupshup and the users' phones in one, for development and tests. A message handed to
 * the channel is taken with a Gupshup-like id (or failed, as told) and kept in the phone
 * book; then, on the simulator's own single thread and a step apart, its
 * {@code enqueued}, {@code sent} and {@code delivered} events (or {@code failed}) are
 * posted to our webhook, and {@code read} once the phone's page has shown it. What the
 * user types or taps is posted at once, from the page's request, as Gupshup's
 * {@code message} callback; what the webhook answers is shown with it.
 */
public class WhatsAppSimulator implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppSimulator.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SIMULATED = "simulated by the WhatsApp simulator";

	private final SimulatorSettings settings;

	private final SimulatorCallbacks callbacks;

	private final Clock clock;

	private final SimulatorPhoneBook phoneBook;

	private final SimulatorFailures failures = new SimulatorFailures();

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	WhatsAppSimulator(SimulatorSettings settings, SimulatorCallbacks callbacks, Clock clock) {
		this.settings = settings;
		this.callbacks = callbacks;
		this.clock = clock;
		this.phoneBook = new SimulatorPhoneBook(settings.keep());
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("whatsapp-simulator-");
		scheduler.initialize();
	}

	/**
	 * What Gupshup would do with the message: take it and report its delivery, or fail it
	 * as told.
	 * @throws ChannelUnavailableException for an HTTP 5xx or a rate limit
	 */
	SendOutcome take(OutboundMessage message) {
		Optional<SendFailure> failure = failures.nextSend();
		if (failure.isPresent()) {
			return fail(message, failure.get());
		}
		String providerId = UUID.randomUUID().toString();
		FromChannel taken = phoneBook.add(message.destination(), seq -> new FromChannel(seq, clock.instant(), message,
				providerId, whatsAppId(), Tick.WAITING, null, null, false, false));
		String deliveryFailure = failures.nextDelivery();
		later(1, () -> report(taken, Tick.ENQUEUED, callbacks.enqueued(taken), null));
		if (deliveryFailure != null) {
			String reason = GupshupErrors.meaning(deliveryFailure, SIMULATED);
			later(2, () -> report(taken, Tick.FAILED, callbacks.failed(taken, deliveryFailure, reason),
					"Not delivered: " + deliveryFailure + " · " + reason));
		}
		else {
			later(2, () -> report(taken, Tick.SENT, callbacks.status("sent", taken), null));
			later(3, () -> {
				report(taken, Tick.DELIVERED, callbacks.status("delivered", taken), null);
				phoneBook.claimRead(taken.message().destination(), taken.seq()).ifPresent(this::reportReadLater);
			});
		}
		return new SendOutcome.Accepted(providerId);
	}

	/** The user types {@code text} on the phone of {@code number}. */
	FromUser write(String number, String name, String text) {
		String phone = Destinations.checked(number);
		String id = whatsAppId();
		return post(phone, name, id, callbacks.text(id, phone, name, text), text, null);
	}

	/**
	 * The user taps button or row {@code option} of the channel's message {@code seq}.
	 * @throws IllegalArgumentException when that message is gone, has no such option or
	 * never reached the phone
	 */
	FromUser tap(String number, String name, long seq, int option) {
		String phone = Destinations.checked(number);
		FromChannel ours = phoneBook.find(phone, seq, FromChannel.class)
			.filter(FromChannel::tappable)
			.orElseThrow(() -> new IllegalArgumentException("That message is not on the phone to be answered."));
		String id = whatsAppId();
		return switch (ours.message()) {
			case OutboundMessage.QuickReply reply when option >= 0 && option < reply.buttons().size() ->
				post(phone, name, id, callbacks.buttonReply(id, phone, name, ours, option),
						reply.buttons().get(option).title(), reply.buttons().get(option).postback());
			case OutboundMessage.Menu menu when option >= 0 && option < menu.rows().size() ->
				post(phone, name, id, callbacks.listReply(id, phone, name, ours, option),
						menu.rows().get(option).title(), menu.rows().get(option).postback());
			default -> throw new IllegalArgumentException("That message has no such button or row.");
		};
	}

	/**
	 * Posts the user's last callback once more, the very same (same message id), as
	 * Gupshup does when it did not hear a 2xx in time.
	 * @throws IllegalArgumentException when the number has not written yet
	 */
	WebhookAnswer resendLast(String number) {
		String phone = Destinations.checked(number);
		LastCallback last = phoneBook.lastCallback(phone)
			.orElseThrow(() -> new IllegalArgumentException("Nothing to post again: " + phone + " has not written."));
		WebhookAnswer answer = callbacks.post(last.body());
		phoneBook.add(phone, seq -> new Note(seq, clock.instant(),
				"Posted the last callback again, the same message " + last.messageId() + ": "
						+ (answer.ok() ? "Ayurlahi's webhook answered " + answer.status() + "." : answer.problem()),
				!answer.ok()));
		return answer;
	}

	/**
	 * The conversation of {@code number} as the phone shows it; what it shows for the
	 * first time counts as read, and its {@code read} events follow.
	 */
	View show(String number) {
		List<FromChannel> readDue = new ArrayList<>();
		View view = phoneBook.show(number, readDue);
		readDue.forEach(this::reportReadLater);
		return view;
	}

	/** Changes with every entry added or changed, for the page's polling. */
	long version(String number) {
		return phoneBook.version(number);
	}

	/** The numbers that have a conversation, the latest first. */
	List<String> numbers() {
		return phoneBook.numbers();
	}

	/** The name the number last wrote with. */
	Optional<String> name(String number) {
		return phoneBook.name(number);
	}

	SimulatorFailures failures() {
		return failures;
	}

	SimulatorSettings settings() {
		return settings;
	}

	/** The webhook the callbacks go to, without its token. */
	String webhook() {
		return callbacks.webhookShown();
	}

	/** Where the callbacks go, for the start-up log. */
	public String target() {
		return callbacks.target();
	}

	@Override
	public void close() {
		scheduler.shutdown();
	}

	private SendOutcome fail(OutboundMessage message, SendFailure failure) {
		String destination = message.destination();
		switch (failure) {
			case SendFailure.ServerError error -> {
				notTaken(message, "Gupshup answered HTTP " + error.status() + " (" + SIMULATED + ")");
				throw new ChannelUnavailableException("Gupshup answered " + error.status() + ": " + SIMULATED);
			}
			case SendFailure.Code code when GupshupErrors.RATE_LIMITED.equals(code.code()) -> {
				String meaning = GupshupErrors.meaning(code.code(), SIMULATED);
				notTaken(message, code.code() + " · " + meaning);
				throw new ChannelUnavailableException("Gupshup answered code " + code.code() + ": " + meaning);
			}
			case SendFailure.Code code -> {
				String reason = GupshupErrors.meaning(code.code(), SIMULATED);
				phoneBook.add(destination, seq -> new FromChannel(seq, clock.instant(), message, null, whatsAppId(),
						Tick.REFUSED, "Refused: " + code.code() + " · " + reason, null, false, false));
				return new SendOutcome.Refused(code.code(), reason);
			}
		}
	}

	private void notTaken(OutboundMessage message, String why) {
		phoneBook.add(message.destination(), seq -> new FromChannel(seq, clock.instant(), message, null, whatsAppId(),
				Tick.NOT_TAKEN, "Not taken: " + why, null, false, false));
	}

	private FromUser post(String number, String name, String id, ObjectNode callback, String shown,
			@Nullable String postback) {
		String body = SimulatorCallbacks.body(callback);
		phoneBook.remember(number, name, new LastCallback(id, body));
		FromUser written = phoneBook.add(number, seq -> new FromUser(seq, clock.instant(), id, shown, postback, null));
		WebhookAnswer answer = callbacks.post(body);
		if (!answer.ok()) {
			log.warn("WhatsApp simulator: the callback of {} was not taken: {}", id, answer.problem());
		}
		return phoneBook.change(number, written.seq(), FromUser.class, user -> user.answered(answer))
			.orElse(written.answered(answer));
	}

	private Optional<FromChannel> report(FromChannel message, Tick reached, ObjectNode event, @Nullable String detail) {
		WebhookAnswer answer = callbacks.post(SimulatorCallbacks.body(event));
		return phoneBook.change(message.message().destination(), message.seq(), FromChannel.class,
				current -> current.reported(reached, detail, answer.problem()));
	}

	private void reportReadLater(FromChannel message) {
		later(1, () -> report(message, Tick.READ, callbacks.status("read", message), null));
	}

	/**
	 * Runs {@code step} that many steps from now, on the simulator's one thread (so that
	 * a message's events go out in order); real time, not the application's clock.
	 */
	private void later(int steps, Runnable step) {
		scheduler.schedule(() -> {
			try {
				step.run();
			}
			catch (RuntimeException unexpected) {
				log.warn("WhatsApp simulator: a delivery step failed", unexpected);
			}
		}, Instant.now().plus(settings.stepDelay().multipliedBy(steps)));
	}

	/** An id in the style of WhatsApp's ({@code wamid.…}). */
	private static String whatsAppId() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return "wamid." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
