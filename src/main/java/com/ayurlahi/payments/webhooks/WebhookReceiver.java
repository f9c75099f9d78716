package com.ayurlahi.payments.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.RazorpaySignatures;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes Razorpay's webhooks in: the signature is checked on the raw bytes before anything
 * else (a bad one leaves nothing but a security entry in the audit log), the event is
 * stored under its event id, and applying it starts in the background once that is
 * committed. The stored row is the event's only record: no second write for an event
 * publication, so that the answer goes back fast; an event a crash left unapplied is
 * picked up by {@link WebhookApplier#applyLeftOver()}. A redelivered event finds its id
 * taken and is acknowledged unchanged.
 */
@Service
public class WebhookReceiver {

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	private static final int MAX_EVENT_ID = 64;

	private final StoredWebhooks stored;

	private final WebhookApplier applier;

	private final PaymentSettings settings;

	private final ApplicationEventPublisher publisher;

	private final TaskExecutor background;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	WebhookReceiver(StoredWebhooks stored, WebhookApplier applier, PaymentSettings settings,
			ApplicationEventPublisher publisher, @Qualifier("applicationTaskExecutor") TaskExecutor background,
			TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.stored = stored;
		this.applier = applier;
		this.settings = settings;
		this.publisher = publisher;
		this.background = background;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	public Receipt receive(byte[] body, @Nullable String signature, @Nullable String eventId) {
		if (signature == null || signature.isBlank()
				|| !RazorpaySignatures.isValidWebhook(body, signature.strip(), settings.keys().webhookSecret())) {
			String reason = signature == null || signature.isBlank() ? "No X-Razorpay-Signature header."
					: "The signature does not match the body.";
			transactions.executeWithoutResult(status -> publisher.publishEvent(AuditedChange
				.of("RAZORPAY_WEBHOOK_REJECTED", "RazorpayWebhook", eventId == null ? "-" : shortened(eventId))
				.value("reason", reason)
				.value("bytes", body.length)
				.by(PaymentManagement.RAZORPAY)));
			return new Receipt.Rejected(reason);
		}
		if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID) {
			return new Receipt.Rejected(
					"The X-Razorpay-Event-Id header is missing or longer than " + MAX_EVENT_ID + " characters.");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException malformed) {
			return new Receipt.Rejected("The body is not JSON.");
		}
		String type = root.path("event").asString("");
		if (type.isBlank() || !root.path("payload").isObject()) {
			return new Receipt.Rejected("The body has no event type or payload.");
		}
		JsonNode payment = root.path("payload").path("payment").path("entity");
		String razorpayOrderId = text(payment.path("order_id"));
		if (razorpayOrderId == null) {
			razorpayOrderId = text(root.path("payload").path("order").path("entity").path("id"));
		}
		if (razorpayOrderId == null) {
			razorpayOrderId = text(root.path("payload").path("payment_link").path("entity").path("order_id"));
		}
		String orderId = razorpayOrderId;
		String paymentOfEvent = text(payment.path("id"));
		String paymentId = paymentOfEvent != null ? paymentOfEvent
				: text(root.path("payload").path("dispute").path("entity").path("payment_id"));
		String payload = new String(body, StandardCharsets.UTF_8);
		boolean fresh = Boolean.TRUE.equals(transactions.execute(status -> {
			boolean storedNow = stored.store(eventId.strip(), type, orderId, paymentId, payload, clock.instant());
			if (storedNow) {
				applyAfterCommit(eventId.strip());
			}
			return storedNow;
		}));
		return fresh ? new Receipt.Accepted(eventId.strip()) : new Receipt.Duplicate(eventId.strip());
	}

	private void applyAfterCommit(String eventId) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					background.execute(() -> applier.apply(eventId));
				}
				catch (TaskRejectedException busy) {
					log.warn("Razorpay event {} waits for the next pick-up of events left over: {}", eventId,
							busy.getMessage());
				}
			}
		});
	}

	/** A JSON string's value, or null when the node is missing, not a string or blank. */
	static @Nullable String text(JsonNode node) {
		return node.isString() && !node.asString().isBlank() ? node.asString() : null;
	}

	private static String shortened(String eventId) {
		return eventId.length() > MAX_EVENT_ID ? eventId.substring(0, MAX_EVENT_ID) : eventId;
	}

	/** What became of a delivered webhook. */
	public sealed interface Receipt {

		/** Stored; it is applied once this answer has gone. */
		record Accepted(String eventId) implements Receipt {
		}

		/** Delivered before: acknowledged, nothing done. */
		record Duplicate(String eventId) implements Receipt {
		}

		/** Not Razorpay's, or not an event: answered 400. */
		record Rejected(String reason) implements Receipt {
		}

	}

}
