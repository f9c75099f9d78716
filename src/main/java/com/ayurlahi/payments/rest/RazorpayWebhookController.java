package com.ayurlahi.payments.rest;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.web.Problems;
import com.ayurlahi.common.web.Problems.FieldMessage;
import com.ayurlahi.payments.webhooks.WebhookReceiver;
import com.ayurlahi.payments.webhooks.WebhookReceiver.Receipt;

/**
 * {@code POST /api/webhooks/razorpay/payment}: Razorpay's payment webhooks, authenticated
 * by their signature alone. The answer comes as soon as the event is stored (200, also
 * for a redelivery); applying it happens after that. A missing or wrong signature, a body
 * that isn't an event, or an id longer than Razorpay's is 400 problem+json (naming the
 * field at fault) and leaves nothing behind but a count in the metrics.
 */
@RestController
class RazorpayWebhookController {

	private final WebhookReceiver receiver;

	RazorpayWebhookController(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("/api/webhooks/razorpay/payment")
	ResponseEntity<?> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Razorpay-Signature", required = false) @Nullable String signature,
			@RequestHeader(name = "X-Razorpay-Event-Id", required = false) @Nullable String eventId) {
		Receipt receipt = receiver.receive(body == null ? new byte[0] : body, signature, eventId);
		return switch (receipt) {
			case Receipt.Accepted accepted ->
				ResponseEntity.ok(Map.of("status", "accepted", "eventId", accepted.eventId()));
			case Receipt.Duplicate duplicate ->
				ResponseEntity.ok(Map.of("status", "duplicate", "eventId", duplicate.eventId()));
			case Receipt.Rejected rejected ->
				ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(rejected));
		};
	}

	private static ProblemDetail problem(Receipt.Rejected rejected) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, rejected.reason());
		if (rejected.field() != null) {
			problem.setProperty("errors", List.of(new FieldMessage(rejected.field(), rejected.reason())));
		}
		return problem;
	}

}
