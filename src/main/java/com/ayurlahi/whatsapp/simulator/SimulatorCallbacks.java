package com.ayurlahi.whatsapp.simulator;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.ayurlahi.common.web.OutboundHttp;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gupshup's version 2 callbacks as the simulator writes them ({@code {"app", "timestamp",
 * "version": 2, "type", "payload"}}: the user's {@code message}s and the
 * {@code message-event}s of our messages), and their delivery to our webhook over HTTP,
 * with the webhook token in the query as Gupshup's callback URL carries it. The webhook
 * is this application's own ({@code http://localhost:<local.server.port>}, found when a
 * callback is posted, as the payments sandbox finds it) unless
 * {@code ayurlahi.whatsapp.simulator.webhook-base-url} names another.
 */
class SimulatorCallbacks {

	static final String WEBHOOK_PATH = "/api/webhooks/whatsapp/incoming";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final SimulatorSettings settings;

	private final WhatsAppSettings whatsApp;

	private final Environment environment;

	private final Clock clock;

	private final RestClient http;

	SimulatorCallbacks(SimulatorSettings settings, WhatsAppSettings whatsApp, Environment environment, Clock clock) {
		this.settings = settings;
		this.whatsApp = whatsApp;
		this.environment = environment;
		this.clock = clock;
		this.http = RestClient.builder()
			.requestFactory(OutboundHttp.requests(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(whatsApp.timeout())
				.build(), whatsApp.timeout()))
			.build();
	}

	/** A text the user typed. */
	ObjectNode text(String messageId, String number, String name, String text) {
		ObjectNode content = JSON.createObjectNode();
		content.put("text", text);
		return message(messageId, number, name, "text", content, null);
	}

	/**
	 * The user picked row {@code index} of a list: its title, our message's
	 * {@code msgid}, the row's place in the reply and its postback.
	 */
	ObjectNode listReply(String messageId, String number, String name, FromChannel list, int index) {
		OutboundMessage.Menu menu = (OutboundMessage.Menu) list.message();
		OutboundMessage.Row row = menu.rows().get(index);
		ObjectNode content = JSON.createObjectNode();
		content.put("title", row.title());
		content.put("id", menu.reference());
		content.put("reply", row.title() + " " + (index + 1));
		content.put("postbackText", row.postback());
		content.put("description", row.description());
		return message(messageId, number, name, "list_reply", content, list);
	}

	/**
	 * The user tapped button {@code index} of a quick reply: the id comes empty, as
	 * Gupshup sends it; the postback is what names the button.
	 */
	ObjectNode buttonReply(String messageId, String number, String name, FromChannel buttons, int index) {
		OutboundMessage.Button button = ((OutboundMessage.QuickReply) buttons.message()).buttons().get(index);
		ObjectNode content = JSON.createObjectNode();
		content.put("title", button.title());
		content.put("id", "");
		content.put("reply", button.title());
		content.put("postbackText", button.postback());
		return message(messageId, number, name, "button_reply", content, buttons);
	}

	/** Gupshup took our message: {@code id} is the id it returned. */
	ObjectNode enqueued(FromChannel sent) {
		ObjectNode detail = JSON.createObjectNode();
		detail.put("whatsappMessageId", sent.whatsAppId());
		detail.put("type", sent.message() instanceof OutboundMessage.Template ? "template" : "session");
		return event("enqueued", String.valueOf(sent.providerId()), null, sent, detail);
	}

	/**
	 * {@code sent}, {@code delivered} or {@code read}: {@code id} is WhatsApp's id,
	 * {@code gsId} the one Gupshup returned.
	 */
	ObjectNode status(String type, FromChannel sent) {
		ObjectNode detail = JSON.createObjectNode();
		detail.put("ts", clock.instant().getEpochSecond());
		return event(type, sent.whatsAppId(), sent.providerId(), sent, detail);
	}

	/** The message could not be delivered: Gupshup's id, the code and the reason. */
	ObjectNode failed(FromChannel sent, String code, String reason) {
		ObjectNode detail = JSON.createObjectNode();
		if (code.matches("[0-9]{1,9}")) {
			detail.put("code", Integer.parseInt(code));
		}
		else {
			detail.put("code", code);
		}
		detail.put("reason", reason);
		return event("failed", String.valueOf(sent.providerId()), null, sent, detail);
	}

	/** The callback as the JSON body Gupshup posts. */
	static String body(ObjectNode callback) {
		return JSON.writeValueAsString(callback);
	}

	/** Posts a callback to our webhook and says what it answered; never throws. */
	WebhookAnswer post(String body) {
		try {
			return http.post()
				.uri(webhook())
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange((request, response) -> WebhookAnswer.of(response.getStatusCode().value()));
		}
		catch (RestClientException unreachable) {
			return WebhookAnswer.unreachable(webhookShown(), String.valueOf(unreachable.getMessage()));
		}
	}

	/** The webhook's URL with the token, as Gupshup's callback URL is configured. */
	URI webhook() {
		return URI
			.create(webhookShown() + "?token=" + URLEncoder.encode(whatsApp.webhookToken(), StandardCharsets.UTF_8));
	}

	/** The webhook's URL without the token, for the page and the log. */
	String webhookShown() {
		return baseUrl() + WEBHOOK_PATH;
	}

	/** Where the callbacks go, for the start-up log (the port may not be known yet). */
	String target() {
		URI configured = settings.webhookBaseUrl();
		return configured != null && !configured.toString().isBlank() ? webhookShown()
				: "this application's own " + WEBHOOK_PATH;
	}

	private String baseUrl() {
		URI configured = settings.webhookBaseUrl();
		if (configured != null && !configured.toString().isBlank()) {
			return configured.toString().replaceAll("/+$", "");
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	private ObjectNode message(String messageId, String number, String name, String type, ObjectNode content,
			@Nullable FromChannel repliesTo) {
		ObjectNode payload = JSON.createObjectNode();
		payload.put("id", messageId);
		payload.put("source", number);
		payload.put("type", type);
		payload.set("payload", content);
		ObjectNode sender = payload.putObject("sender");
		sender.put("phone", number);
		sender.put("name", name);
		int national = Math.max(1, number.length() - 10);
		sender.put("country_code", number.substring(0, national));
		sender.put("dial_code", number.substring(national));
		if (repliesTo != null) {
			ObjectNode context = payload.putObject("context");
			context.put("id", repliesTo.whatsAppId());
			context.put("gsId", repliesTo.providerId());
		}
		return envelope("message", payload);
	}

	private ObjectNode event(String type, String id, @Nullable String gsId, FromChannel sent, ObjectNode detail) {
		ObjectNode payload = JSON.createObjectNode();
		payload.put("id", id);
		if (gsId != null) {
			payload.put("gsId", gsId);
		}
		payload.put("type", type);
		payload.put("destination", sent.message().destination());
		payload.set("payload", detail);
		return envelope("message-event", payload);
	}

	private ObjectNode envelope(String type, ObjectNode payload) {
		ObjectNode callback = JSON.createObjectNode();
		String app = whatsApp.sourceName();
		callback.put("app", app != null && !app.isBlank() ? app : "AyurlahiSimulator");
		callback.put("timestamp", clock.millis());
		callback.put("version", 2);
		callback.put("type", type);
		callback.set("payload", payload);
		return callback;
	}

}
