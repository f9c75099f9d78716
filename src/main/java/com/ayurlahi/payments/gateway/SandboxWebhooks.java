package com.ayurlahi.payments.gateway;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.sandbox.SandboxWebhookOutbox;
import com.ayurlahi.common.sandbox.SignedWebhook;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPayment;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayRefund;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;
import com.ayurlahi.payments.gateway.SandboxRazorpay.HeldWebhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the sandbox's webhooks, shaped and signed like Razorpay's (the webhook secret
 * over the raw body, an event id per event), and hands them to the sandboxes' webhook
 * queue ({@link SandboxWebhookOutbox}) in the transaction of the change they report, to
 * be posted in order to this application's own webhook endpoint (of the instance that
 * made the change) unless another URL is configured; or holds them back, signed, for a
 * test to post.
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SandboxWebhooks.class);
	static final String WEBHOOK_PATH = "/api/webhooks/razorpay/payment";

	private final PaymentSettings settings;

	/** The lane of the sandbox's webhook queue its payment webhooks take, in order. */
	static final String LANE = "payments";

	private final SandboxWebhookOutbox outbox;

	private final Environment environment;

	private final JsonMapper json;

	SandboxWebhooks(PaymentSettings settings, SandboxWebhookOutbox outbox, Environment environment, JsonMapper json) {
		this.settings = settings;
		this.outbox = outbox;
		this.environment = environment;
		this.json = json;
	}

	/** Razorpay's error on a failed payment. */
	record Failure(String code, String description, String source, String step, String reason) {

		/** The bank declined the card. */
		static Failure declined() {
			return new Failure("BAD_REQUEST_ERROR", "Your payment was declined by the bank. Try another card or UPI.",
					"bank", "payment_authorization", "payment_failed");
		}

	}

	ObjectNode paymentEvent(String type, GatewayOrder order, GatewayPayment payment, @Nullable Failure failure,
			long at) {
		return paymentEvent(type, order, payment, failure, at, Map.of());
	}

	/**
	 * A payment event whose payment carries {@code notes} (those of its order or link).
	 */
	ObjectNode paymentEvent(String type, GatewayOrder order, GatewayPayment payment, @Nullable Failure failure, long at,
			Map<String, String> notes) {
		ObjectNode event = event(type, at, "payment");
		event.putObject("payload").putObject("payment").set("entity", payment(order, payment, failure, at, notes));
		return event;
	}

	ObjectNode orderPaidEvent(GatewayOrder order, GatewayPayment payment, long at) {
		return orderPaidEvent(order, payment, at, Map.of());
	}

	/** {@code order.paid}, its order and payment carrying {@code notes}. */
	ObjectNode orderPaidEvent(GatewayOrder order, GatewayPayment payment, long at, Map<String, String> notes) {
		ObjectNode event = event("order.paid", at, "payment", "order");
		ObjectNode payload = event.putObject("payload");
		payload.putObject("payment").set("entity", payment(order, payment, null, at, notes));
		payload.putObject("order").set("entity", paidOrder(order, notes));
		return event;
	}

	/**
	 * A payment link event: {@code payment_link.paid} with the link, its order and the
	 * payment; {@code payment_link.cancelled} (or {@code .expired}) with the link alone.
	 */
	ObjectNode paymentLinkEvent(String type, SandboxPaymentLink link, @Nullable GatewayOrder order,
			@Nullable GatewayPayment payment, long at) {
		ObjectNode event = order == null || payment == null ? event(type, at, "payment_link")
				: event(type, at, "payment_link", "order", "payment");
		ObjectNode payload = event.putObject("payload");
		ObjectNode entity = payload.putObject("payment_link").putObject("entity");
		entity.put("id", link.id());
		entity.put("amount", link.amountPaise());
		entity.put("amount_paid", payment == null ? 0 : payment.amountPaise());
		entity.put("currency", "INR");
		entity.put("accept_partial", false);
		entity.put("description", link.description());
		entity.put("reference_id", link.referenceId());
		entity.put("short_url", link.url());
		entity.put("status", order == null || payment == null ? type.substring("payment_link.".length()) : "paid");
		entity.put("order_id", link.orderId());
		entity.put("expire_by", link.expireBy().getEpochSecond());
		notes(entity, link.notes());
		if (order != null && payment != null) {
			payload.putObject("order").set("entity", paidOrder(order, link.notes()));
			payload.putObject("payment").set("entity", payment(order, payment, null, at, link.notes()));
		}
		return event;
	}

	private ObjectNode paidOrder(GatewayOrder order, Map<String, String> notes) {
		ObjectNode entity = json.createObjectNode();
		entity.put("id", order.id());
		entity.put("entity", "order");
		entity.put("amount", order.amountPaise());
		entity.put("amount_paid", order.amountPaise());
		entity.put("amount_due", 0);
		entity.put("currency", order.currency());
		entity.put("receipt", order.receipt());
		entity.put("status", "paid");
		notes(entity, notes);
		return entity;
	}

	/** A refund event, with the refund and its payment as Razorpay sends them. */
	ObjectNode refundEvent(String type, GatewayOrder order, GatewayPayment payment, GatewayRefund refund,
			long refundedPaise, long at) {
		ObjectNode event = event(type, at, "refund", "payment");
		ObjectNode payload = event.putObject("payload");
		ObjectNode entity = payload.putObject("refund").putObject("entity");
		entity.put("id", refund.id());
		entity.put("entity", "refund");
		entity.put("amount", refund.amountPaise());
		entity.put("currency", "INR");
		entity.put("payment_id", refund.paymentId());
		ObjectNode notes = entity.putObject("notes");
		refund.notes().forEach(notes::put);
		entity.put("status", refund.status());
		entity.put("speed_processed", "normal");
		entity.put("created_at", at);
		ObjectNode paid = payment(order, payment, null, at);
		paid.put("amount_refunded", refundedPaise);
		paid.put("status", refundedPaise >= payment.amountPaise() ? "refunded" : "captured");
		payload.putObject("payment").set("entity", paid);
		return event;
	}

	/**
	 * A dispute as Razorpay's dispute entity carries it, amounts in paise, times in Unix
	 * seconds.
	 */
	record Dispute(String id, String paymentId, long amountPaise, long amountDeductedPaise, String reasonCode,
			String reasonDescription, long respondBy, String status, String phase, long createdAt) {
	}

	/**
	 * A dispute event ({@code payment.dispute.*}), with the dispute and its payment as
	 * Razorpay sends them.
	 */
	ObjectNode disputeEvent(String type, GatewayOrder order, GatewayPayment payment, Dispute dispute, long at) {
		ObjectNode event = event(type, at, "payment", "dispute");
		ObjectNode payload = event.putObject("payload");
		payload.putObject("payment").set("entity", payment(order, payment, null, at));
		ObjectNode entity = payload.putObject("dispute").putObject("entity");
		entity.put("id", dispute.id());
		entity.put("entity", "dispute");
		entity.put("payment_id", dispute.paymentId());
		entity.put("amount", dispute.amountPaise());
		entity.put("currency", "INR");
		entity.put("amount_deducted", dispute.amountDeductedPaise());
		entity.put("reason_code", dispute.reasonCode());
		entity.put("reason_description", dispute.reasonDescription());
		entity.put("respond_by", dispute.respondBy());
		entity.put("status", dispute.status());
		entity.put("phase", dispute.phase());
		entity.put("created_at", dispute.createdAt());
		return event;
	}

	/**
	 * Queues the events, signed, in the change's transaction, to be posted one after the
	 * other once it commits (twice each if asked), or holds them for a test, or drops
	 * them as asked.
	 */
	void send(List<ObjectNode> events, Delivery delivery) {
		if (delivery == Delivery.DROP) {
			log.info("Sandbox: dropping {} webhook(s) as asked", events.size());
			return;
		}
		URI target = target();
		List<SignedWebhook> signed = events.stream().map(event -> {
			String body = json.writeValueAsString(event);
			return new SignedWebhook(eventId(), event.path("event").asString(), body,
					RazorpaySignatures.sign(body, settings.keys().webhookSecret()), target);
		}).toList();
		if (delivery == Delivery.HOLD) {
			outbox.hold(LANE, signed);
		}
		else {
			outbox.queue(LANE, signed, delivery == Delivery.DUPLICATE ? 2 : 1);
		}
	}

	/** The webhooks held back so far, oldest first, forgotten here. */
	List<HeldWebhook> takeHeld() {
		return outbox.takeHeld(LANE)
			.stream()
			.map(webhook -> new HeldWebhook(webhook.eventId(), webhook.type(), webhook.body(), webhook.signature()))
			.toList();
	}

	private static String eventId() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	private URI target() {
		URI configured = settings.sandbox().webhookUrl();
		if (configured != null) {
			return configured;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return URI.create("http://localhost:" + port + WEBHOOK_PATH);
	}

	private ObjectNode event(String type, long at, String... contains) {
		ObjectNode event = json.createObjectNode();
		event.put("entity", "event");
		event.put("account_id", "acc_AyurlahiSandbox");
		event.put("event", type);
		var list = event.putArray("contains");
		for (String entity : contains) {
			list.add(entity);
		}
		event.put("created_at", at);
		return event;
	}

	private ObjectNode payment(GatewayOrder order, GatewayPayment payment, @Nullable Failure failure, long at) {
		return payment(order, payment, failure, at, Map.of());
	}

	private ObjectNode payment(GatewayOrder order, GatewayPayment payment, @Nullable Failure failure, long at,
			Map<String, String> notes) {
		ObjectNode entity = json.createObjectNode();
		entity.put("id", payment.id());
		entity.put("entity", "payment");
		entity.put("amount", payment.amountPaise());
		entity.put("currency", payment.currency());
		entity.put("status", payment.status());
		entity.put("order_id", order.id());
		entity.put("method", payment.method());
		entity.put("amount_refunded", 0);
		entity.put("captured", "captured".equals(payment.status()));
		entity.put("error_code", failure == null ? null : failure.code());
		entity.put("error_description", failure == null ? null : failure.description());
		entity.put("error_source", failure == null ? null : failure.source());
		entity.put("error_step", failure == null ? null : failure.step());
		entity.put("error_reason", failure == null ? null : failure.reason());
		notes(entity, notes);
		entity.put("created_at", at);
		return entity;
	}

	private static void notes(ObjectNode entity, Map<String, String> notes) {
		ObjectNode node = entity.putObject("notes");
		notes.forEach(node::put);
	}

}
