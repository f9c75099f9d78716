package com.ayurlahi.whatsapp.simulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.WhatsAppSettings;

/**
 * What a template message reads like on the phone: the configured preview of the kind
 * whose template it is, its {@code {{1}}}, {@code {{2}}}… filled with the message's
 * parameters (Gupshup fills them from the approved text it holds).
 */
public class TemplatePreviews {

	private final WhatsAppSettings settings;

	TemplatePreviews(WhatsAppSettings settings) {
		this.settings = settings;
	}

	/**
	 * The filled-in text, or null when no configured template has that id or a preview.
	 */
	public @Nullable String text(OutboundMessage.Template template) {
		return settings.templates()
			.values()
			.stream()
			.filter(configured -> template.templateId().equals(configured.id()) && configured.preview() != null)
			.findFirst()
			.map(configured -> filled(configured.preview(), template.parameters()))
			.orElse(null);
	}

	private static String filled(String preview, List<String> parameters) {
		String text = preview;
		for (int i = 0; i < parameters.size(); i++) {
			text = text.replace("{{" + (i + 1) + "}}", parameters.get(i));
		}
		return text;
	}

}
