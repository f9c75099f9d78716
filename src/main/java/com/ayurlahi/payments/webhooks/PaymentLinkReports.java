package com.ayurlahi.payments.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.links.PaymentLinkOutcomes;
import com.ayurlahi.payments.links.PaymentLinkOutcomes.LinkPayment;

import tools.jackson.databind.JsonNode;

/**
 * Reads what Razorpay's webhooks say about payment links, for {@link WebhookApplier}: the
 * {@code payment_link.*} events, and the payment events of a Razorpay order no payment of
 * ours has yet, which may be a link's (their notes say which; see
 * {@link PaymentLinkOutcomes}).
 */
@Component
class PaymentLinkReports {

	private final PaymentLinkOutcomes links;

	PaymentLinkReports(PaymentLinkOutcomes links) {
		this.links = links;
	}

	/**
	 * {@code payment_link.paid}, {@code .expired}, {@code .cancelled}; any other link
	 * event (a partial payment, which our links don't take) is ignored.
	 */
	WebhookApplier.Result applied(String type, JsonNode payload) {
		JsonNode link = payload.path("payment_link").path("entity");
		String linkId = text(link, "id");
		String reference = text(link, "reference_id");
		if (linkId == null && reference == null) {
			return new WebhookApplier.Result(EventOutcome.IGNORED, "No payment link in the event.");
		}
		EventOutcome outcome;
		switch (type) {
			case "payment_link.paid" -> {
				JsonNode payment = payload.path("payment").path("entity");
				String paymentId = text(payment, "id");
				String orderId = firstOf(text(link, "order_id"), text(payment, "order_id"),
						text(payload.path("order").path("entity"), "id"));
				if (paymentId == null || orderId == null) {
					return new WebhookApplier.Result(EventOutcome.IGNORED, "No payment of the link in the event.");
				}
				outcome = links.recordPaid(linkId, reference, payment(orderId, paymentId, payment));
			}
			case "payment_link.expired" -> outcome = links.recordExpired(linkId, reference);
			case "payment_link.cancelled" -> outcome = links.recordCancelled(linkId, reference);
			default -> {
				return new WebhookApplier.Result(EventOutcome.IGNORED,
						"Payment links are settled by payment_link.paid, .expired and .cancelled.");
			}
		}
		return new WebhookApplier.Result(outcome, switch (outcome) {
			case UNKNOWN_ORDER -> "No payment link of ours is " + (linkId != null ? linkId : reference) + ".";
			case NO_CHANGE -> "The payment link was already past this.";
			case FLAGGED -> "The link's payment does not add up; see the payment.";
			default -> null;
		});
	}

	/**
	 * A payment event of a Razorpay order no payment of ours has: applied to the link its
	 * payment's notes name, if they name one of ours; otherwise the order is not ours.
	 */
	EventOutcome ofUnknownOrder(String type, JsonNode payment, String razorpayOrderId, String paymentId) {
		Map<String, String> notes = notes(payment.path("notes"));
		return switch (type) {
			case "payment.captured", "order.paid" ->
				links.recordCaptureByNotes(notes, payment(razorpayOrderId, paymentId, payment));
			case "payment.failed" ->
				links.recordFailureByNotes(notes, razorpayOrderId, paymentId, text(payment, "error_description"));
			case "payment.authorized" -> links.recordAuthorizationByNotes(notes);
			default -> EventOutcome.UNKNOWN_ORDER;
		};
	}

	private static LinkPayment payment(String razorpayOrderId, String paymentId, JsonNode payment) {
		return new LinkPayment(razorpayOrderId, paymentId, payment.path("amount").asLong(-1),
				payment.path("currency").asString(""), text(payment, "method"));
	}

	/**
	 * Razorpay sends notes as an object of strings, or as an empty array when there are
	 * none.
	 */
	private static Map<String, String> notes(JsonNode notes) {
		Map<String, String> map = new LinkedHashMap<>();
		if (notes.isObject()) {
			notes.properties().forEach(note -> {
				if (note.getValue().isString()) {
					map.put(note.getKey(), note.getValue().asString());
				}
			});
		}
		return map;
	}

	private static @Nullable String firstOf(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

	private static @Nullable String text(JsonNode node, String field) {
		return WebhookReceiver.text(node.path(field));
	}

}
