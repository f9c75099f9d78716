package com.ayurlahi.subscriptions.gateway;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.gateway.SandboxSubscription.Happened;
import com.ayurlahi.subscriptions.gateway.SandboxSubscription.State;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's webhooks about subscriptions as Razorpay shapes them: an event
 * ({@code entity: event}, the account, the type, what the payload {@code contains}, its
 * time in Unix seconds) whose payload carries the subscription entity as it stood when it
 * happened, and the payment entity of a charge or a refund.
 */
final class SandboxSubscriptionEvents {

	static final String ACCOUNT_ID = "acc_AyurlahiSandbox";

	private final JsonMapper json;

	SandboxSubscriptionEvents(JsonMapper json) {
		this.json = json;
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
