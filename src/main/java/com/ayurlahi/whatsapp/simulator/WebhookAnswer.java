package com.ayurlahi.whatsapp.simulator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * What our webhook said to a callback the simulator posted: its HTTP status (0 when it
 * could not be reached) and, unless it was a 2xx, what went wrong in a line the phone
 * shows.
 */
public record WebhookAnswer(int status, @Nullable String problem) {

	static WebhookAnswer of(int status) {
		if (status >= 200 && status < 300) {
			return new WebhookAnswer(status, null);
		}
		HttpStatus known = HttpStatus.resolve(status);
		String answered = "Ayurlahi's webhook answered " + status
				+ (known != null ? " " + known.getReasonPhrase() : "");
		return new WebhookAnswer(status, answered + switch (status) {
			case 404 -> ": is the WhatsApp webhook there yet?";
			case 401, 403 -> ": it did not take the token.";
			default -> ".";
		});
	}

	static WebhookAnswer unreachable(String webhook, String why) {
		return new WebhookAnswer(0, "Ayurlahi's webhook at " + webhook + " could not be reached: " + why);
	}

	/** Whether the webhook took the callback (a 2xx). */
	public boolean ok() {
		return problem == null;
	}

}
