package com.ayurlahi.payments.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.RazorpaySignatures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes Razorpay's webhooks in: the signature is checked on the raw bytes before anything
 * else (with the current webhook secret, or the previous one until its configured end),
 * the ids the event names are checked for length, and a refusal leaves nothing behind but
 * a count in the metrics ({@link #REJECTED_METER}); the event is stored under its event
 * id, and applying it starts in the background once that is committed. The stored row is
 * the event's only record: no second write for an event publication, so that the answer
 * goes back fast; an event a crash left unapplied is picked up by
 * {@link WebhookApplier#applyLeftOver()}. A redelivered event finds its id taken and is
 * acknowledged unchanged.
 */
@Service
public class WebhookReceiver {

	private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

	/**
	 * The counter of refused webhooks, tagged with the reason ({@code signature},
	 * {@code malformed}, {@code too_long}):
	 * {@code ayurlahi_payments_webhooks_rejected_total} in the actuator's Prometheus
	 * metrics.
	 */
	public static final String REJECTED_METER = "ayurlahi.payments.webhooks.rejected";

	private static final String REJECTED_SIGNATURE = "signature";

	private static final String REJECTED_MALFORMED = "malformed";

	private static final String REJECTED_TOO_LONG = "too_long";

	private static final int MAX_EVENT_ID = 64;

	/** As long as {@code razorpay_events.event_type} holds. */
	private static final int MAX_EVENT_TYPE = 60;

	/** As long as {@code razorpay_events} holds a Razorpay order or payment id. */
	private static final int MAX_RAZORPAY_ID = 40;

	private final StoredWebhooks stored;

	private final WebhookApplier applier;

	private final PaymentSettings settings;

	private final TaskExecutor background;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry meters;

	WebhookReceiver(StoredWebhooks stored, WebhookApplier applier, PaymentSettings settings,
			@Qualifier(Lanes.INBOX) TaskExecutor background, TransactionTemplate transactions, JsonMapper json,
			Clock clock, MeterRegistry meters) {
		this.stored = stored;
		this.applier = applier;
		this.settings = settings;
		this.background = background;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.meters = meters;
	}

	public Receipt receive(byte[] body, @Nullable String signature, @Nullable String eventId) {
		if (signature == null || signature.isBlank()) {
			return rejected(REJECTED_SIGNATURE, "No X-Razorpay-Signature header.", null);
		}
		if (!signedWithASecretInUse(body, signature.strip())) {
			return rejected(REJECTED_SIGNATURE, "The signature does not match the body.", null);
		}
		if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID) {
			return rejected(REJECTED_TOO_LONG,
					"The X-Razorpay-Event-Id header is missing or longer than " + MAX_EVENT_ID + " characters.",
					"X-Razorpay-Event-Id");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException malformed) {
			return rejected(REJECTED_MALFORMED, "The body is not JSON.", null);
		}
		String type = root.path("event").asString("");
		if (type.isBlank() || !root.path("payload").isObject()) {
			return rejected(REJECTED_MALFORMED, "The body has no event type or payload.", null);
		}
		if (type.length() > MAX_EVENT_TYPE) {
			return rejected(REJECTED_TOO_LONG, "The event type is longer than " + MAX_EVENT_TYPE + " characters.",
					"event");
		}
		JsonNode payload = root.path("payload");
		Field orderId = first(payload, "payment.entity.order_id", "order.entity.id", "payment_link.entity.order_id");
		Field paymentId = first(payload, "payment.entity.id", "dispute.entity.payment_id");
		for (Field field : new Field[] { orderId, paymentId }) {
			if (field != null && field.value().length() > MAX_RAZORPAY_ID) {
				return rejected(REJECTED_TOO_LONG, "Razorpay's ids have at most " + MAX_RAZORPAY_ID
						+ " characters; this one has " + field.value().length() + ".", field.path());
			}
		}
		String payloadText = new String(body, StandardCharsets.UTF_8);
		String id = eventId.strip();
		boolean fresh = Boolean.TRUE.equals(transactions.execute(status -> {
			boolean storedNow = stored.store(id, type, orderId == null ? null : orderId.value(),
					paymentId == null ? null : paymentId.value(), payloadText, clock.instant());
			if (storedNow) {
				applyAfterCommit(id);
			}
			return storedNow;
		}));
		return fresh ? new Receipt.Accepted(id) : new Receipt.Duplicate(id);
	}

	private boolean signedWithASecretInUse(byte[] body, String signature) {
		return settings.keys()
			.webhookSecretsAt(clock.instant())
			.stream()
			.anyMatch(secret -> RazorpaySignatures.isValidWebhook(body, signature, secret));
	}

	/**
	 * Counts the refusal (by reason) for the team's metrics: a refused webhook leaves no
	 * row anywhere, so that strangers can't fill the audit log.
	 */
	private Receipt rejected(String reason, String message, @Nullable String field) {
		Counter.builder(REJECTED_METER)
			.description("Razorpay webhooks refused (bad signature, not an event, an id too long), by reason")
			.tag("reason", reason)
			.register(meters)
			.increment();
		log.debug("Razorpay webhook refused ({}): {}", reason, message);
		return new Receipt.Rejected(message, field);
	}

	/**
	 * The first of {@code paths} (dotted, under {@code payload}) that holds a non-blank
	 * string.
	 */
	private static @Nullable Field first(JsonNode payload, String... paths) {
		for (String path : paths) {
			JsonNode node = payload;
			for (String name : path.split("\\.")) {
				node = node.path(name);
			}
			String value = text(node);
			if (value != null) {
				return new Field("payload." + path, value);
			}
		}
		return null;
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

	/** What became of a delivered webhook. */
	public sealed interface Receipt {

		/** Stored; it is applied once this answer has gone. */
		record Accepted(String eventId) implements Receipt {
		}

		/** Delivered before: acknowledged, nothing done. */
		record Duplicate(String eventId) implements Receipt {
		}

		/**
		 * Not Razorpay's, or not an event: answered 400, naming the {@code field} at
		 * fault if it is one.
		 */
		record Rejected(String reason, @Nullable String field) implements Receipt {
		}

	}

	/** A string found in the event, and where. */
	private record Field(String path, String value) {

	}

}
