package com.ayurlahi.whatsapp.internal;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.ayurlahi.common.web.OutboundHttp;
import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp channel through Gupshup's API: a form post with the app's {@code apikey}
 * header to {@code /msg} (text, quick replies, lists, each as a JSON {@code message}) or
 * {@code /template/msg} (an approved template and its parameters). A 2xx with a message
 * id is accepted; a 4xx is a refusal for good, except rate limiting (429, code 4001),
 * which like a 5xx or an unreachable Gupshup is to be tried again.
 */
class GupshupChannel implements WhatsAppChannel {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final RestClient http;

	private final WhatsAppSettings settings;

	GupshupChannel(WhatsAppSettings settings) {
		this.http = RestClient.builder()
			.baseUrl(settings.apiUrl().toString())
			.requestFactory(OutboundHttp.requests(HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
					settings.timeout()))
			.defaultHeader("apikey", String.valueOf(settings.apiKey()))
			.build();
		this.settings = settings;
	}

	@Override
	public boolean isOn() {
		return true;
	}

	@Override
	public SendOutcome send(OutboundMessage message) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("channel", "whatsapp");
		form.add("source", String.valueOf(settings.businessNumber()));
		form.add("src.name", String.valueOf(settings.sourceName()));
		form.add("destination", message.destination());
		String path;
		if (message instanceof OutboundMessage.Template template) {
			path = "/template/msg";
			form.add("template",
					JSON.writeValueAsString(new TemplateField(template.templateId(), template.parameters())));
		}
		else {
			path = "/msg";
			form.add("message", JSON.writeValueAsString(content(message)));
		}
		try {
			return http.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.exchange((request, response) -> outcome(response.getStatusCode(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (RestClientException unreachable) {
			throw new ChannelUnavailableException("Gupshup could not be reached: " + unreachable.getMessage(),
					unreachable);
		}
	}

	/** The {@code template} field: {@code {"id":…,"params":[…]}}. */
	record TemplateField(String id, List<String> params) {
	}

	private static SendOutcome outcome(HttpStatusCode status, String body) {
		JsonNode answer = read(body);
		String code = answer.path("code").isMissingNode() || answer.path("code").isNull() ? null
				: answer.path("code").asString();
		String text = answer.path("message").isString() ? answer.path("message").asString() : body;
		if (status.is2xxSuccessful()) {
			String id = answer.path("messageId").isString() ? answer.path("messageId").asString() : null;
			return id != null && !id.isBlank() ? new SendOutcome.Accepted(id)
					: new SendOutcome.Refused(code, "Gupshup answered without a message id: " + text);
		}
		if (status.value() == 429 || GupshupErrors.RATE_LIMITED.equals(code) || status.is5xxServerError()) {
			throw new ChannelUnavailableException("Gupshup answered " + status.value() + ": " + text);
		}
		return new SendOutcome.Refused(code, GupshupErrors.meaning(code, text));
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body.isBlank() ? "{}" : body);
		}
		catch (JacksonException notJson) {
			return JSON.createObjectNode();
		}
	}

	/** The {@code message} field: the message as Gupshup's JSON shapes it. */
	static Map<String, Object> content(OutboundMessage message) {
		return switch (message) {
			case OutboundMessage.Text text -> Map.of("type", "text", "text", text.text());
			case OutboundMessage.QuickReply reply -> Map.of("type", "quick_reply", "msgid", reply.reference(),
					"content", Map.of("type", "text", "text", reply.body(), "caption", reply.footer()), "options",
					reply.buttons()
						.stream()
						.map(button -> Map.of("type", "text", "title", button.title(), "postbackText",
								button.postback()))
						.toList());
			case OutboundMessage.Menu menu ->
				Map.of("type", "list", "title", menu.header(), "body", menu.body(), "msgid", menu.reference(),
						"globalButtons", List.of(Map.of("type", "text", "title", menu.buttonText())), "items",
						List.of(Map.of("title", menu.header(), "options",
								menu.rows()
									.stream()
									.map(row -> Map.of("type", "text", "title", row.title(), "description",
											row.description(), "postbackText", row.postback()))
									.toList())));
			case OutboundMessage.Template template ->
				throw new IllegalArgumentException("A template goes to /template/msg, not as a message");
		};
	}

}
