package com.ayurlahi.subscriptions.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.sandbox.SandboxWebhookOutbox;
import com.ayurlahi.common.sandbox.SignedWebhook;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs the sandbox's subscription webhooks ({@link SandboxSubscriptionEvents}) as
 * Razorpay signs them: the hex HMAC-SHA256 of the raw body keyed with the webhook secret,
 * with an event id of their own ({@code X-Razorpay-Event-Id}), and queues them in the
 * sandboxes' webhook queue ({@link SandboxWebhookOutbox}) in the transaction of the
 * change they report, to be posted one after the other, in the order they happened, to
 * the Razorpay webhook endpoint of the instance that made the change (or the sandbox's
 * configured webhook URL) by whichever instance is up; or holds them back, signed, for a
 * test to post, or drops them as if lost ({@link Delivery}).
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxSubscriptionWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SandboxSubscriptionWebhooks.class);

	static final String WEBHOOK_PATH = "/api/webhooks/razorpay/payment";

	/**
	 * The lane of the sandbox's webhook queue its subscription webhooks take, in order.
	 */
	static final String LANE = "subscriptions";

	private final PaymentSettings settings;

	private final SandboxWebhookOutbox outbox;

	private final Environment environment;

	private final JsonMapper json;

	private volatile Delivery delivery = Delivery.NORMAL;

	SandboxSubscriptionWebhooks(PaymentSettings settings, SandboxWebhookOutbox outbox, Environment environment,
			JsonMapper json) {
		this.settings = settings;
		this.outbox = outbox;
		this.environment = environment;
		this.json = json;
	}

	void deliver(Delivery delivery) {
		this.delivery = delivery;
	}

	/**
	 * Signs the events and hands them on as the standing {@link Delivery} says: queued to
	 * be posted after every event sent before them, held, or dropped.
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
		URI target = target();
		List<SignedWebhook> signed = events.stream().map(event -> signed(event, target)).toList();
		if (now == Delivery.HOLD) {
			outbox.hold(LANE, signed);
		}
		else {
			outbox.queue(LANE, signed, 1);
		}
	}

	/** The webhooks held back so far, oldest first, forgotten here. */
	List<HeldWebhook> takeHeld() {
		return outbox.takeHeld(LANE)
			.stream()
			.map(webhook -> new HeldWebhook(webhook.eventId(), webhook.type(), webhook.body(), webhook.signature()))
			.toList();
	}

	/** Whether every webhook this instance queued has been posted. */
	boolean allPosted() {
		return outbox.allPosted(LANE);
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

	private SignedWebhook signed(ObjectNode event, URI target) {
		String body = json.writeValueAsString(event);
		return new SignedWebhook("evt_" + SandboxIds.random(), event.path("event").asString(), body,
				sign(body, settings.keys().webhookSecret()), target);
	}

	private URI target() {
		URI configured = settings.sandbox().webhookUrl();
		if (configured != null) {
			return configured;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return URI.create("http://localhost:" + port + WEBHOOK_PATH);
	}

}
