package com.ayurlahi.whatsapp.rest;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.web.Problems;
import com.ayurlahi.whatsapp.internal.CallbackReceiver;
import com.ayurlahi.whatsapp.internal.CallbackReceiver.Receipt;

/**
 * {@code POST /api/webhooks/whatsapp/incoming?token=…}: Gupshup's v2 callbacks (messages,
 * message events, user events). Answered as soon as the callback is stored: 200 for what
 * we keep, for a redelivery and for kinds we ignore; 401 without the right token; 400 for
 * a body that isn't a callback.
 */
@RestController
class WhatsAppWebhookController {

	private final CallbackReceiver receiver;

	WhatsAppWebhookController(CallbackReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("/api/webhooks/whatsapp/incoming")
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestParam(name = "token", required = false) @Nullable String token, HttpServletRequest request) {
		Receipt receipt = receiver.receive(body == null ? new byte[0] : body, token, request.getRemoteAddr());
		return switch (receipt) {
			case ACCEPTED, DUPLICATE, IGNORED -> ResponseEntity.ok(Map.of("status", receipt.name().toLowerCase()));
			case UNAUTHORIZED -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Problems.of(HttpStatus.UNAUTHORIZED, "The callback URL's token is missing or wrong."));
			case MALFORMED -> ResponseEntity.badRequest()
				.body(Problems.of(HttpStatus.BAD_REQUEST, "The body is not a Gupshup callback."));
		};
	}

}
