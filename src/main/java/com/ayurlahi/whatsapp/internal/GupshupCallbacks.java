package com.ayurlahi.whatsapp.internal;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.DeliveryStatus;
import com.ayurlahi.whatsapp.InboundEvent;
import com.ayurlahi.whatsapp.InboundEvent.Kind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Gupshup's version 2 callbacks ({@code {"app", "timestamp", "version": 2, "type",
 * "payload"}}) into {@link InboundEvent}s: {@code message} (text, list and button
 * replies, template button taps, media), {@code message-event} (enqueued, sent,
 * delivered, read, failed, deleted) and {@code user-event} (opted-in, opted-out). Any
 * other type is {@link InboundEvent.Ignored}; a body that is not such a callback is
 * refused.
 */
final class GupshupCallbacks {

	private static final JsonMapper JSON = JsonMapper.shared();

	private GupshupCallbacks() {
	}

	/**
	 * The event a callback reports.
	 * @throws IllegalArgumentException when the body is not a Gupshup callback we can
	 * read
	 */
	static InboundEvent parse(String body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException unreadable) {
			throw new IllegalArgumentException("Not JSON", unreadable);
		}
		String type = text(root.path("type"));
		JsonNode payload = root.path("payload");
		if (type == null || !payload.isObject()) {
			throw new IllegalArgumentException("Not a Gupshup callback: no type or payload");
		}
		Instant at = root.path("timestamp").isNumber() ? Instant.ofEpochMilli(root.path("timestamp").asLong())
				: Instant.EPOCH;
		return switch (type) {
			case "message" -> message(payload, at);
			case "message-event" -> delivery(payload, at);
			case "user-event" -> consent(payload, at, type);
			default -> new InboundEvent.Ignored(type);
		};
	}

	private static InboundEvent message(JsonNode payload, Instant at) {
		String id = required(payload, "id");
		String phone = text(payload.path("sender").path("phone"));
		String from = phone != null ? phone : required(payload, "source");
		String kind = String.valueOf(text(payload.path("type"))).toLowerCase(Locale.ROOT);
		JsonNode content = payload.path("payload");
		String repliesTo = text(payload.path("context").path("gsId"));
		String name = text(payload.path("sender").path("name"));
		return switch (kind) {
			case "text" ->
				new InboundEvent.Message(id, from, name, Kind.TEXT, text(content.path("text")), null, repliesTo, at);
			case "list_reply", "button_reply" ->
				new InboundEvent.Message(id, from, name, Kind.SELECTION, text(content.path("title")),
						firstOf(text(content.path("postbackText")), text(content.path("id"))), repliesTo, at);
			case "quick_reply" -> new InboundEvent.Message(id, from, name, Kind.SELECTION, text(content.path("text")),
					text(content.path("text")), repliesTo, at);
			case "image", "file", "audio", "video", "sticker" -> new InboundEvent.Message(id, from, name, Kind.MEDIA,
					text(content.path("caption")), null, repliesTo, at);
			default -> new InboundEvent.Message(id, from, name, Kind.OTHER, null, null, repliesTo, at);
		};
	}

	private static InboundEvent delivery(JsonNode payload, Instant at) {
		String kind = String.valueOf(text(payload.path("type"))).toUpperCase(Locale.ROOT);
		DeliveryStatus status;
		try {
			status = DeliveryStatus.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			return new InboundEvent.Ignored("message-event/" + kind.toLowerCase(Locale.ROOT));
		}
		String id = required(payload, "id");
		String gsId = text(payload.path("gsId"));
		// enqueued and failed name Gupshup's id as id; sent, delivered and read name
		// WhatsApp's, with ours as gsId
		String ours = gsId != null ? gsId : id;
		String whatsApp = gsId != null ? id : null;
		JsonNode detail = payload.path("payload");
		String code = detail.path("code").isMissingNode() || detail.path("code").isNull() ? null
				: detail.path("code").asString();
		return new InboundEvent.Delivery(ours, whatsApp, status, String.valueOf(text(payload.path("destination"))),
				code, text(detail.path("reason")), at);
	}

	private static InboundEvent consent(JsonNode payload, Instant at, String type) {
		String kind = String.valueOf(text(payload.path("type")));
		return switch (kind) {
			case "opted-in" -> new InboundEvent.Consent(required(payload, "phone"), true, at);
			case "opted-out" -> new InboundEvent.Consent(required(payload, "phone"), false, at);
			default -> new InboundEvent.Ignored(type + "/" + kind);
		};
	}

	private static String required(JsonNode node, String field) {
		String value = text(node.path(field));
		if (value == null) {
			throw new IllegalArgumentException("Not a Gupshup callback: no " + field);
		}
		return value;
	}

	private static @Nullable String firstOf(@Nullable String first, @Nullable String second) {
		return first != null ? first : second;
	}

	private static @Nullable String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		String value = node.asString();
		return value.isBlank() ? null : value;
	}

}
