package com.ayurlahi.subscriptions.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SandboxSubscription.Happened;
import com.ayurlahi.subscriptions.gateway.SandboxSubscription.State;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's subscription webhooks, shaped like Razorpay's ({@code entity: event},
 * what the payload {@code contains}, the subscription and payment entities) and signed as
 * Razorpay signs them: the hex HMAC-SHA256 of the raw body keyed with the webhook secret,
 * with an event id of their own ({@code X-Razorpay-Event-Id}). They are posted one after
 * the other, in the order they happened, in the background, to this application's
 * Razorpay webhook endpoint (or the sandbox's configured webhook URL); or held back,
 * signed, for a test to post, or dropped as if lost ({@link Delivery}).
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxSubscriptionWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SandboxSubscriptionWebhooks.class);

	static final String WEBHOOK_PATH = "/api/webhooks/razorpay/payment";

	static final String ACCOUNT_ID = "acc_AyurlahiSandbox";

	private final PaymentSettings settings;

	private final TaskExecutor executor;

	private final Environment environment;

	private final JsonMapper json;

	private final RestClient http = RestClient.create();

	private final Queue<HeldWebhook> outgoing = new ArrayDeque<>();

	private final List<HeldWebhook> held = new ArrayList<>();

	private boolean posting;

	private volatile Delivery delivery = Delivery.NORMAL;

	SandboxSubscriptionWebhooks(PaymentSettings settings, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Environment environment, JsonMapper json) {
		this.settings = settings;
		this.executor = executor;
		this.environment = environment;
		this.json = json;
	}

	void deliver(Delivery delivery) {
		this.delivery = delivery;
	}

	/** A subscription event, with the payment it charged if any. */
	ObjectNode subscriptionEvent(Happened happened, Instant at) {
		SandboxCharge payment = happened.payment();
		ObjectNode event = payment == null ? event(happened.event(), at, "subscription")
				: event(happened.event(), at, "subscription", "payment");
		ObjectNode payload = event.putObject("payload");
		payload.putObject("subscription").set("entity", subscription(happened.subscription()));
		if (payment != null) {
			payload.putObject("payment").set("entity", payment(payment));
		}
		return event;
	}

	/**
	 * {@code refund.processed}: the refund, with its notes, and the payment it refunds.
	 */
	ObjectNode refundEvent(String refundId, SandboxCharge refundedPayment, long amountPaise, Map<String, String> notes,
			Instant at) {
		ObjectNode event = event("refund.processed", at, "refund", "payment");
		ObjectNode payload = event.putObject("payload");
		ObjectNode refund = payload.putObject("refund").putObject("entity");
		refund.put("id", refundId);
		refund.put("entity", "refund");
		refund.put("amount", amountPaise);
		refund.put("currency", "INR");
		refund.put("payment_id", refundedPayment.paymentId());
		notes(refund, notes);
		refund.putNull("receipt");
		refund.putObject("acquirer_data").put("arn", "ARN" + at.getEpochSecond());
		refund.put("created_at", at.getEpochSecond());
		refund.putNull("batch_id");
		refund.put("status", "processed");
		refund.put("speed_processed", "normal");
		refund.put("speed_requested", "normal");
		payload.putObject("payment").set("entity", payment(refundedPayment));
		return event;
	}

	/**
	 * Signs the events and hands them on as the standing {@link Delivery} says: posted
	 * after every event sent before them, held, or dropped.
	 */
	void send(List<ObjectNode> events) {
		if (events.isEmpty()) {
			return;
		}
		Delivery now = delivery;
		if (now == Delivery.DROP) {
			log.info("Sandbox: dropping {} subscription webhook(s) as asked", events.size());
			return;
		}
		List<HeldWebhook> signed = events.stream().map(this::signed).toList();
		if (now == Delivery.HOLD) {
			synchronized (held) {
				held.addAll(signed);
			}
			return;
		}
		boolean start;
		synchronized (outgoing) {
			outgoing.addAll(signed);
			start = !posting;
			posting = true;
		}
		if (start) {
			try {
				executor.execute(this::postAll);
			}
			catch (TaskRejectedException shuttingDown) {
				synchronized (outgoing) {
					posting = false;
				}
				log.warn("Sandbox: subscription webhooks not posted: {}", shuttingDown.getMessage());
			}
		}
	}

	/** The webhooks held back so far, oldest first, forgotten here. */
	List<HeldWebhook> takeHeld() {
		synchronized (held) {
			List<HeldWebhook> taken = List.copyOf(held);
			held.clear();
			return taken;
		}
	}

	/** Whether every webhook handed on for posting has been posted. */
	boolean allPosted() {
		synchronized (outgoing) {
			return outgoing.isEmpty() && !posting;
		}
	}

	/**
	 * The hex HMAC-SHA256 of {@code body} keyed with {@code secret}, as Razorpay signs.
	 */
	static String sign(String body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
		}
	}

	private HeldWebhook signed(ObjectNode event) {
		String body = json.writeValueAsString(event);
		return new HeldWebhook("evt_" + SandboxSubscriptions.randomId(), event.path("event").asString(), body,
				sign(body, settings.keys().webhookSecret()));
	}

	/** Posts what is waiting, one at a time, until nothing is. */
	private void postAll() {
		while (true) {
			HeldWebhook next;
			synchronized (outgoing) {
				next = outgoing.poll();
				if (next == null) {
					posting = false;
					return;
				}
			}
			post(next);
		}
	}

	private void post(HeldWebhook webhook) {
		URI target = target();
		try {
			http.post()
				.uri(target)
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Razorpay-Signature", webhook.signature())
				.header("X-Razorpay-Event-Id", webhook.eventId())
				.body(webhook.body().getBytes(StandardCharsets.UTF_8))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException failed) {
			log.warn("Sandbox: subscription webhook {} ({}) to {} failed: {}", webhook.eventId(), webhook.type(),
					target, failed.getMessage());
		}
	}

	private URI target() {
		URI configured = settings.sandbox().webhookUrl();
		if (configured != null) {
			return configured;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return URI.create("http://localhost:" + port + WEBHOOK_PATH);
	}

	private ObjectNode event(String type, Instant at, String... contains) {
		ObjectNode event = json.createObjectNode();
		event.put("entity", "event");
		event.put("account_id", ACCOUNT_ID);
		event.put("event", type);
		var list = event.putArray("contains");
		for (String entity : contains) {
			list.add(entity);
		}
		event.put("created_at", at.getEpochSecond());
		return event;
	}

	private ObjectNode subscription(State state) {
		ObjectNode entity = json.createObjectNode();
		entity.put("id", state.id());
		entity.put("entity", "subscription");
		entity.put("plan_id", state.planId());
		entity.putNull("customer_id");
		entity.put("status", state.status());
		seconds(entity, "current_start", state.currentStart());
		seconds(entity, "current_end", state.currentEnd());
		seconds(entity, "ended_at", state.endedAt());
		entity.put("quantity", 1);
		notes(entity, state.notes());
		seconds(entity, "charge_at", state.chargeAt());
		seconds(entity, "start_at", state.startAt());
		seconds(entity, "end_at", state.endAt());
		entity.put("auth_attempts", state.authAttempts());
		entity.put("total_count", state.totalCount());
		entity.put("paid_count", state.paidCount());
		entity.put("customer_notify", false);
		entity.put("created_at", state.createdAt().getEpochSecond());
		entity.putNull("expire_by");
		entity.put("short_url", state.shortUrl());
		entity.put("has_scheduled_changes", false);
		entity.putNull("change_scheduled_at");
		entity.put("source", "api");
		entity.put("payment_method", state.method());
		entity.putNull("offer_id");
		entity.put("remaining_count", state.remainingCount());
		return entity;
	}

	private ObjectNode payment(SandboxCharge charge) {
		ObjectNode entity = json.createObjectNode();
		entity.put("id", charge.paymentId());
		entity.put("entity", "payment");
		entity.put("amount", charge.amountPaise());
		entity.put("currency", "INR");
		entity.put("status", charge.refundedPaise() >= charge.amountPaise() ? "refunded" : "captured");
		entity.put("order_id", charge.orderId());
		entity.put("invoice_id", charge.invoiceId());
		entity.put("international", false);
		entity.put("method", charge.method());
		entity.put("amount_refunded", charge.refundedPaise());
		if (charge.refundedPaise() == 0) {
			entity.putNull("refund_status");
		}
		else {
			entity.put("refund_status", charge.refundedPaise() >= charge.amountPaise() ? "full" : "partial");
		}
		entity.put("captured", true);
		entity.put("description", charge.description());
		entity.put("recurring", !charge.upfront());
		entity.put("vpa", "upi".equals(charge.method()) ? "clinic@okaxis" : null);
		entity.putObject("notes");
		entity.putNull("error_code");
		entity.putNull("error_description");
		entity.put("created_at", charge.capturedAt().getEpochSecond());
		return entity;
	}

	private static void seconds(ObjectNode entity, String field, @Nullable Instant time) {
		if (time == null) {
			entity.putNull(field);
		}
		else {
			entity.put(field, time.getEpochSecond());
		}
	}

	private static void notes(ObjectNode entity, Map<String, String> notes) {
		ObjectNode node = entity.putObject("notes");
		notes.forEach(node::put);
	}

}
