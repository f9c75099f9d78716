package com.ayurlahi.subscriptions.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers the sandbox's subscription webhooks ({@link SandboxSubscriptionEvents}),
 * signed as Razorpay signs them: the hex HMAC-SHA256 of the raw body keyed with the
 * webhook secret, with an event id of their own ({@code X-Razorpay-Event-Id}). They are
 * posted one after the other, in the order they happened, in the background, to this
 * application's Razorpay webhook endpoint (or the sandbox's configured webhook URL); or
 * held back, signed, for a test to post, or dropped as if lost ({@link Delivery}).
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxSubscriptionWebhooks {

	private static final Logger log = LoggerFactory.getLogger(SandboxSubscriptionWebhooks.class);

	static final String WEBHOOK_PATH = "/api/webhooks/razorpay/payment";

	private final PaymentSettings settings;

	private final TaskExecutor executor;

	private final Environment environment;

	private final JsonMapper json;

	private final RestClient http = RestClient.create();

	private final Queue<HeldWebhook> outgoing = new ArrayDeque<>();

	private final List<HeldWebhook> held = new ArrayList<>();

	private boolean posting;

	private volatile Delivery delivery = Delivery.NORMAL;

	SandboxSubscriptionWebhooks(PaymentSettings settings, SandboxWebhookThread thread, Environment environment,
			JsonMapper json) {
		this.settings = settings;
		this.executor = thread.executor();
		this.environment = environment;
		this.json = json;
	}

	void deliver(Delivery delivery) {
		this.delivery = delivery;
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
		return new HeldWebhook("evt_" + SandboxIds.random(), event.path("event").asString(), body,
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

}
