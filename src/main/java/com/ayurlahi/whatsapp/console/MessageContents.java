package com.ayurlahi.whatsapp.console;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.Texts;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.WhatsAppSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stored message says, for the console: a user's message from its kind, text and
 * postback; ours from the outbox's JSON ({@link OutboundMessage}). A notification sent
 * outside the 24-hour window went as its kind's template, filled from the values stored
 * with it the way the sender fills it; it is shown so, with the template as configured
 * now.
 */
@Component
class MessageContents {

	private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
	};

	private final JsonMapper json;

	private final WhatsAppSettings settings;

	MessageContents(JsonMapper json, WhatsAppSettings settings) {
		this.json = json;
		this.settings = settings;
	}

	/** The type, text and interactive part of a message. */
	record Content(String type, @Nullable String text, @Nullable Interactive interactive) {
	}

	/** A user's message, by its stored kind. */
	Content inbound(String kind, @Nullable String text, @Nullable String postback) {
		return switch (kind) {
			case "TEXT" -> new Content("text", text, null);
			case "SELECTION" -> new Content("selection", text, new Interactive.Selection(postback));
			case "MEDIA" -> new Content("media", text, null);
			default -> new Content("other", text, null);
		};
	}

	/**
	 * Our message as written to the outbox ({@code message}), or as the template it went
	 * as ({@code sentAs} {@code TEMPLATE}).
	 */
	Content outbound(String kind, String message, @Nullable String templateValues, @Nullable String sentAs) {
		OutboundMessage written;
		try {
			written = json.readValue(message, OutboundMessage.class);
		}
		catch (JacksonException | IllegalArgumentException unreadable) {
			return new Content("unknown", Texts.shortened(message, 500), null);
		}
		if ("TEMPLATE".equals(sentAs) && !(written instanceof OutboundMessage.Template)) {
			WhatsAppSettings.Template template = settings.templateFor(kind);
			if (template != null) {
				return asTemplate(template, values(templateValues));
			}
		}
		return switch (written) {
			case OutboundMessage.Text text -> new Content("text", text.text(), null);
			case OutboundMessage.QuickReply reply -> new Content("quick_reply", reply.body(),
					new Interactive.Buttons(reply.footer(),
							reply.buttons()
								.stream()
								.map(button -> new Interactive.Choice(button.title(), null, button.postback()))
								.toList()));
			case OutboundMessage.Menu menu -> new Content("list", menu.body(),
					new Interactive.ListMenu(menu.header(), menu.buttonText(),
							menu.rows()
								.stream()
								.map(row -> new Interactive.Choice(row.title(), row.description(), row.postback()))
								.toList()));
			case OutboundMessage.Template template ->
				new Content("template", null, new Interactive.Template(template.templateId(), template.parameters()));
		};
	}

	private static Content asTemplate(WhatsAppSettings.Template template, Map<String, String> values) {
		List<String> parameters = template.parameters().stream().map(name -> values.getOrDefault(name, "-")).toList();
		String text = template.preview();
		if (text != null) {
			for (int i = 0; i < parameters.size(); i++) {
				text = text.replace("{{" + (i + 1) + "}}", parameters.get(i));
			}
		}
		return new Content("template", text, new Interactive.Template(String.valueOf(template.id()), parameters));
	}

	private Map<String, String> values(@Nullable String templateValues) {
		if (templateValues == null) {
			return Map.of();
		}
		try {
			return json.readValue(templateValues, VALUES);
		}
		catch (JacksonException unreadable) {
			return Map.of();
		}
	}

}
