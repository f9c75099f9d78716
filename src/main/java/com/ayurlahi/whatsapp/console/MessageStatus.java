package com.ayurlahi.whatsapp.console;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a message stands, as the console shows it: our messages by their outbox status
 * (with WhatsApp's ticks: one when sent, two when delivered, two blue ones when read),
 * the users' messages by whether the conversation has handled them yet.
 */
enum MessageStatus {

	WAITING(Direction.OUTBOUND, "Waiting", "…", "wac-ticks-waiting"),

	SENDING(Direction.OUTBOUND, "Being sent", "…", "wac-ticks-waiting"),

	ENQUEUED(Direction.OUTBOUND, "Taken by Gupshup", "✓", "wac-ticks-muted"),

	SENT(Direction.OUTBOUND, "Sent", "✓", "wac-ticks-sent"),

	DELIVERED(Direction.OUTBOUND, "Delivered", "✓✓", "wac-ticks-sent"),

	READ(Direction.OUTBOUND, "Read", "✓✓", "wac-ticks-read"),

	FAILED(Direction.OUTBOUND, "Failed", "✕", "wac-ticks-failed"),

	DELETED(Direction.OUTBOUND, "Deleted by the user", "✕", "wac-ticks-muted"),

	NOT_SENT(Direction.OUTBOUND, "Not sent", "–", "wac-ticks-failed"),

	RECEIVED(Direction.INBOUND, "Received, not handled yet", "", "wac-ticks-waiting"),

	HANDLED(Direction.INBOUND, "Handled", "", "wac-ticks-muted");

	private final Direction direction;

	private final String label;

	private final String ticks;

	private final String cssClass;

	MessageStatus(Direction direction, String label, String ticks, String cssClass) {
		this.direction = direction;
		this.label = label;
		this.ticks = ticks;
		this.cssClass = cssClass;
	}

	public Direction direction() {
		return direction;
	}

	public String label() {
		return label;
	}

	/** WhatsApp's ticks for the status (empty for users' messages). */
	public String ticks() {
		return ticks;
	}

	/** The class app.css colours the ticks with. */
	public String cssClass() {
		return cssClass;
	}

	/** Whether an ADMIN may have the message sent again: it failed or was not sent. */
	public boolean retryable() {
		return this == FAILED || this == NOT_SENT;
	}

	/** The status {@code value} names (in any case), or {@code null}. */
	static @Nullable MessageStatus named(String value) {
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (MessageStatus status : values()) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		return null;
	}

}
