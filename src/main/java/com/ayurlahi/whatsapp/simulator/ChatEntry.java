package com.ayurlahi.whatsapp.simulator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.whatsapp.OutboundMessage;

/**
 * One line of a conversation on the simulated phone: what the user sent (and what our
 * webhook answered to it), what the channel sent (and how far it got), or a note of the
 * simulator's own. Entries are immutable; the phone book replaces one when it changes.
 */
public sealed interface ChatEntry {

	DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(IndianTime.ZONE);

	/** The entry's number on the phone, unique while the application runs. */
	long seq();

	Instant at();

	/** For the page: {@code user}, {@code channel} or {@code note}. */
	String kind();

	/** The time of the entry in India. */
	default String time() {
		return TIME.format(at());
	}

	/**
	 * The user wrote or tapped: {@code messageId} is the WhatsApp id of the callback,
	 * {@code postback} the postback of the tapped row or button, {@code answer} what our
	 * webhook said (null while it is being posted).
	 */
	record FromUser(long seq, Instant at, String messageId, String text, @Nullable String postback,
			@Nullable WebhookAnswer answer) implements ChatEntry {

		@Override
		public String kind() {
			return "user";
		}

		FromUser answered(WebhookAnswer webhookAnswer) {
			return new FromUser(seq, at, messageId, text, postback, webhookAnswer);
		}

	}

	/**
	 * A message the channel sent. {@code providerId} is the Gupshup-like id the channel
	 * returned (none when the send was failed), {@code whatsAppId} the WhatsApp id of its
	 * sent, delivered and read events; {@code detail} says why it was refused or failed,
	 * {@code problem} what went wrong posting its last event to our webhook.
	 * {@code seen}: the phone's page has shown it; {@code readReported}: its read event
	 * is on its way.
	 */
	record FromChannel(long seq, Instant at, OutboundMessage message, @Nullable String providerId, String whatsAppId,
			Tick tick, @Nullable String detail, @Nullable String problem, boolean seen,
			boolean readReported) implements ChatEntry {

		@Override
		public String kind() {
			return "channel";
		}

		/** {@code text}, {@code buttons}, {@code list} or {@code template}. */
		public String shape() {
			return switch (message) {
				case OutboundMessage.Text text -> "text";
				case OutboundMessage.QuickReply reply -> "buttons";
				case OutboundMessage.Menu menu -> "list";
				case OutboundMessage.Template template -> "template";
			};
		}

		/** Whether the user can tap its buttons or rows: it reached the phone. */
		public boolean tappable() {
			return providerId != null && tick.reachedThePhone();
		}

		FromChannel reported(Tick reached, @Nullable String reason, @Nullable String postProblem) {
			return new FromChannel(seq, at, message, providerId, whatsAppId, reached, reason != null ? reason : detail,
					postProblem, seen, readReported);
		}

		FromChannel shown() {
			return new FromChannel(seq, at, message, providerId, whatsAppId, tick, detail, problem, true, readReported);
		}

		FromChannel readOnItsWay() {
			return new FromChannel(seq, at, message, providerId, whatsAppId, tick, detail, problem, seen, true);
		}

		/** Whether its read event is due now: shown, delivered, and not yet reported. */
		boolean readDue() {
			return seen && tick == Tick.DELIVERED && !readReported;
		}

	}

	/** A line of the simulator's own, such as a callback posted again. */
	record Note(long seq, Instant at, String text, boolean problem) implements ChatEntry {

		@Override
		public String kind() {
			return "note";
		}

	}

	/**
	 * How far a message of the channel got, as its ticks show it: taken and waiting,
	 * enqueued, sent (one tick), delivered (two), read (two, blue); or failed to deliver,
	 * refused by "Gupshup", or not taken at all (to be tried again).
	 */
	enum Tick {

		WAITING("🕓", "accepted, waiting"), ENQUEUED("🕓", "enqueued"), SENT("✓", "sent"), DELIVERED("✓✓", "delivered"),
		READ("✓✓", "read"), FAILED("✗", "failed"), REFUSED("✗", "refused"),
		NOT_TAKEN("✗", "not taken, to be tried again");

		private final String symbol;

		private final String label;

		Tick(String symbol, String label) {
			this.symbol = symbol;
			this.label = label;
		}

		public String symbol() {
			return symbol;
		}

		public String label() {
			return label;
		}

		/** For the page and the tests: {@code delivered}, {@code not-taken}… */
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** The page's class for the tick: blue when read, red when it went wrong. */
		public String css() {
			return switch (this) {
				case READ -> "wa-tick-read";
				case FAILED, REFUSED, NOT_TAKEN -> "wa-tick-failed";
				default -> "";
			};
		}

		boolean reachedThePhone() {
			return this == SENT || this == DELIVERED || this == READ;
		}

	}

}
