package com.ayurlahi.common.apidocs;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The webhooks the API receives, which read their body as raw bytes (to check the
 * signature on exactly what was sent) and so tell springdoc nothing about it: who calls
 * them, how each proves itself, what comes in and what is answered.
 */
class WebhookDescriptions implements OpenApiCustomizer {

	static final String RAZORPAY = "/api/webhooks/razorpay/payment";

	static final String WHATSAPP = "/api/webhooks/whatsapp/incoming";

	private static final String RAZORPAY_DESCRIPTION = """
			Razorpay's webhooks, set up in its dashboard with the secret given as `RAZORPAY_WEBHOOK_SECRET`: \
			payments (`payment.authorized`, `payment.captured`, `payment.failed`, `order.paid`), refunds \
			(`refund.processed`, `refund.failed`), Route (`transfer.failed`), payment links \
			(`payment_link.paid`, `…expired`, `…cancelled`), chargebacks (`payment.dispute.*`) and \
			subscriptions (`subscription.*`). In development the payments sandbox posts the same signed \
			events here, for checkouts, payment links, refunds and subscriptions alike.

			**Signature.** `X-Razorpay-Signature` is the hex HMAC-SHA256 of the raw request body with the \
			webhook secret; it is checked on the body exactly as sent, before anything is read from it. \
			`X-Razorpay-Event-Id` is the event's id: an event is stored under it before it is applied, so \
			a redelivery is answered 200 and changes nothing. No bearer token.""";

	private static final String WHATSAPP_DESCRIPTION = """
			Gupshup's v2 callbacks for the WhatsApp number (messages, message events, user events). Gupshup \
			signs nothing, so the callback URL carries the secret `WHATSAPP_WEBHOOK_TOKEN` as `?token=`, \
			compared in constant time. Answered as soon as the callback is stored: 200 for what is kept, for \
			a redelivery and for kinds that are ignored. No bearer token.""";

	private static final String RAZORPAY_EXAMPLE = """
			{"entity": "event", "account_id": "acc_BFQ7uQEaa7j2z7", "event": "payment.captured",
			 "contains": ["payment"], "created_at": 1764900000,
			 "payload": {"payment": {"entity": {"id": "pay_PZ3vPNa9b8c7d6", "entity": "payment", "amount": 126000,
			   "currency": "INR", "status": "captured", "order_id": "order_PZ3uWq1a2b3c4d", "method": "upi"}}}}""";

	private static final String WHATSAPP_EXAMPLE = """
			{"app": "ayurlahi", "timestamp": 1764900000000, "version": 2, "type": "message",
			 "payload": {"id": "ABEGkYaYVSEEAhAL3SLAWwHKeKrt6s3FKB0c", "source": "919812345678", "type": "text",
			   "payload": {"text": "ORDER"}, "sender": {"phone": "919812345678", "name": "Dr. Menon"}}}""";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		PathItem razorpay = openApi.getPaths().get(RAZORPAY);
		if (razorpay != null && razorpay.getPost() != null) {
			razorpay(razorpay.getPost());
		}
		PathItem whatsApp = openApi.getPaths().get(WHATSAPP);
		if (whatsApp != null && whatsApp.getPost() != null) {
			whatsApp(whatsApp.getPost());
		}
	}

	private static void razorpay(Operation operation) {
		noConflicts(operation);
		operation.summary("Razorpay webhook (signed with X-Razorpay-Signature)").description(RAZORPAY_DESCRIPTION);
		describe(operation, "X-Razorpay-Signature",
				"Hex HMAC-SHA256 of the raw body with `RAZORPAY_WEBHOOK_SECRET`; missing or wrong: 400.");
		describe(operation, "X-Razorpay-Event-Id", "The event's id; a redelivery of a stored id changes nothing.");
		operation.requestBody(body("Razorpay's event JSON, exactly as Razorpay sent it.", RAZORPAY_EXAMPLE));
		operation.getResponses()
			.addApiResponse("200",
					received("Stored (or a redelivery of a stored event)",
							Map.of("status", "accepted", "eventId", "evt_PZ3vQ1a2b3c4d5")))
			.addApiResponse("400", ErrorResponses.problem("The signature is missing or wrong, or the body is not an "
					+ "event; `errors` names the header or field at fault."));
	}

	private static void whatsApp(Operation operation) {
		noConflicts(operation);
		operation.summary("WhatsApp (Gupshup) webhook (authenticated by ?token=)").description(WHATSAPP_DESCRIPTION);
		describe(operation, "token", "The callback URL's secret, `WHATSAPP_WEBHOOK_TOKEN`; missing or wrong: 401.");
		operation.requestBody(body("Gupshup's v2 callback JSON.", WHATSAPP_EXAMPLE));
		operation.getResponses()
			.addApiResponse("200",
					received("Stored, a redelivery, or a kind that is ignored", Map.of("status", "accepted")))
			.addApiResponse("400", ErrorResponses.problem("The body is not a Gupshup callback."))
			.addApiResponse("401", ErrorResponses.problem("The callback URL's token is missing or wrong."));
	}

	/**
	 * A webhook answers what it received; a state it can't apply is noted, never refused.
	 */
	private static void noConflicts(Operation operation) {
		operation.getResponses().remove("409");
	}

	private static void describe(Operation operation, String name, String description) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if (name.equalsIgnoreCase(parameter.getName())) {
				parameter.setDescription(description);
			}
		}
	}

	private static RequestBody body(String description, String example) {
		return new RequestBody().description(description)
			.required(true)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					new MediaType().schema(new ObjectSchema())
						.addExamples("event", new Example().value(RequestExamples.json(example)))));
	}

	private static ApiResponse received(String description, Map<String, String> example) {
		ObjectSchema schema = new ObjectSchema();
		example.keySet().forEach(key -> schema.addProperty(key, new StringSchema()));
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
					new MediaType().schema(schema).example(example)));
	}

}
