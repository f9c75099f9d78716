package com.ayurlahi.payments.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.webhooks.WebhookReceiver.Receipt;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Razorpay signs retries of events sent before a change of the webhook secret with the
 * old one: the previous secret is taken until the configured instant, on the
 * application's clock, and refused from then on; the current one always.
 */
class WebhookSecretRotationTest {

	private static final Instant UNTIL = Instant.parse("2026-12-10T00:00:00Z");

	private static final String BODY = """
			{"entity":"event","event":"payment.captured","contains":["payment"],"payload":{"payment":{"entity":
			{"id":"pay_Rotation000001","amount":100,"currency":"INR","status":"captured","order_id":"order_Rotation00001"}}}}""";

	@Test
	void thePreviousSecretIsTakenUntilTheConfiguredInstantAndRefusedFromThen() {
		String oldSignature = RazorpaySignatures.sign(BODY, "previous webhook secret");
		String newSignature = RazorpaySignatures.sign(BODY, "current webhook secret");

		WebhookReceiver before = receiver(rotated("previous webhook secret", UNTIL), UNTIL.minusSeconds(1));
		WebhookReceiver after = receiver(rotated("previous webhook secret", UNTIL), UNTIL);

		assertThat(receive(before, oldSignature)).isInstanceOf(Receipt.Duplicate.class);
		assertThat(receive(before, newSignature)).isInstanceOf(Receipt.Duplicate.class);
		assertThat(receive(after, oldSignature)).isInstanceOfSatisfying(Receipt.Rejected.class,
				rejected -> assertThat(rejected.reason()).isEqualTo("The signature does not match the body."));
		assertThat(receive(after, newSignature)).isInstanceOf(Receipt.Duplicate.class);
	}

	@Test
	void withoutAPreviousSecretOnlyTheCurrentOneIsTaken() {
		WebhookReceiver receiver = receiver(rotated("", null), UNTIL);

		assertThat(receive(receiver, RazorpaySignatures.sign(BODY, "current webhook secret")))
			.isInstanceOf(Receipt.Duplicate.class);
		assertThat(receive(receiver, RazorpaySignatures.sign(BODY, "previous webhook secret")))
			.isInstanceOf(Receipt.Rejected.class);
	}

	private static Receipt receive(WebhookReceiver receiver, String signature) {
		return receiver.receive(BODY.getBytes(StandardCharsets.UTF_8), signature, "evt_Rotation0001");
	}

	private static PaymentSettings rotated(String previousSecret, Instant until) {
		return new PaymentSettings(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofDays(7),
				Duration.ofMinutes(15),
				new PaymentSettings.Razorpay("rzp_live_Rotation", "key secret", "current webhook secret",
						URI.create("https://api.razorpay.com"), previousSecret, until),
				new PaymentSettings.Sandbox("unused", "unused", "sandbox webhook secret", null), null,
				new BigDecimal("18.00"), new BigDecimal("0.50"));
	}

	/**
	 * The receiver with every event already stored (so that a signature it takes is
	 * answered as a redelivery, and nothing is applied).
	 */
	@SuppressWarnings("unchecked")
	private static WebhookReceiver receiver(PaymentSettings settings, Instant now) {
		StoredWebhooks stored = mock(StoredWebhooks.class);
		TransactionTemplate transactions = mock(TransactionTemplate.class);
		when(transactions.execute(any()))
			.thenAnswer(call -> call.getArgument(0, TransactionCallback.class).doInTransaction(null));
		return new WebhookReceiver(stored, mock(WebhookApplier.class), settings, new SyncTaskExecutor(), transactions,
				JsonMapper.builder().build(), Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());
	}

}
