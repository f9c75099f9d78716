package com.ayurlahi.whatsapp.simulator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.internal.GupshupErrors;

/**
 * What the simulator was told to fail: the next sends (with a Gupshup error code, or an
 * HTTP 5xx as if Gupshup were down) and the delivery of the next message taken.
 */
class SimulatorFailures {

	/** How a send fails. */
	sealed interface SendFailure {

		/** Gupshup answers with an error code: refused for good, or rate limited. */
		record Code(String code) implements SendFailure {
		}

		/** Gupshup answers an HTTP 5xx: the message is to be tried again. */
		record ServerError(int status) implements SendFailure {
		}

		/**
		 * A choice of the page's form: a code, or {@code http-<status>} for a 5xx.
		 * @throws IllegalArgumentException for anything else
		 */
		static SendFailure parse(String choice) {
			if (choice.matches("http-5[0-9]{2}")) {
				return new ServerError(Integer.parseInt(choice.substring(5)));
			}
			if (choice.matches("[0-9]{3,6}")) {
				return new Code(choice);
			}
			throw new IllegalArgumentException("Not a Gupshup error code or HTTP 5xx: " + choice);
		}

	}

	/** What is planned, for the page. */
	record Plan(int sendsToFail, @Nullable SendFailure failure, @Nullable String deliveryCode) {

		public String sendsDescription() {
			if (sendsToFail == 0 || failure == null) {
				return "Sends go through.";
			}
			String how = switch (failure) {
				case SendFailure.Code code -> "with code " + code.code();
				case SendFailure.ServerError error -> "with HTTP " + error.status();
			};
			return "The next " + (sendsToFail == 1 ? "send fails " : sendsToFail + " sends fail ") + how + ".";
		}

	}

	private int sendsToFail;

	private @Nullable SendFailure failure;

	private @Nullable String deliveryCode;

	synchronized void failNextSends(int count, SendFailure how) {
		sendsToFail = count;
		failure = how;
	}

	/** The failure for this send, if one is due (counting it). */
	synchronized Optional<SendFailure> nextSend() {
		if (sendsToFail == 0 || failure == null) {
			return Optional.empty();
		}
		sendsToFail--;
		return Optional.of(failure);
	}

	synchronized void failNextDelivery(String code) {
		deliveryCode = code;
	}

	/** The code the delivery of this message fails with, if one is due (once). */
	synchronized @Nullable String nextDelivery() {
		String code = deliveryCode;
		deliveryCode = null;
		return code;
	}

	synchronized void clear() {
		sendsToFail = 0;
		failure = null;
		deliveryCode = null;
	}

	synchronized Plan plan() {
		return new Plan(sendsToFail, failure, deliveryCode);
	}

	/** The failures the page offers: the codes we name, then two HTTP errors. */
	static Map<String, String> sendChoices() {
		Map<String, String> choices = new LinkedHashMap<>(codeChoices());
		choices.replaceAll((code, meaning) -> meaning
				+ (GupshupErrors.RATE_LIMITED.equals(code) ? " (tried again later)" : " (refused)"));
		choices.put("http-500", "HTTP 500 Internal Server Error (tried again later)");
		choices.put("http-503", "HTTP 503 Service Unavailable (tried again later)");
		return choices;
	}

	/** The codes we name, each with what it means. */
	static Map<String, String> codeChoices() {
		Map<String, String> choices = new LinkedHashMap<>();
		GupshupErrors.known()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, String> known) -> Long.parseLong(known.getKey())))
			.forEach(known -> choices.put(known.getKey(), known.getKey() + " · " + known.getValue()));
		return choices;
	}

}
