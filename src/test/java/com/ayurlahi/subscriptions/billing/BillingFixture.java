package com.ayurlahi.subscriptions.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;
import com.ayurlahi.test.MovableClock;

/**
 * What the billing tests share: the demo plans' ids, posting the sandbox's held webhooks
 * to our endpoint as Razorpay would, waiting for them to be applied, and reading a
 * subscription, its charges and its audit trail.
 */
final class BillingFixture {

	static final UUID FREE = UUID.fromString("0a7b0000-0000-4000-8000-000000000001");

	static final UUID CLINIC = UUID.fromString("0a7b0000-0000-4000-8000-000000000002");

	static final UUID CLINIC_PLUS = UUID.fromString("0a7b0000-0000-4000-8000-000000000003");

	private final MockMvcTester mvc;

	private final JdbcClient jdbc;

	private final Subscriptions subscriptions;

	private final SubscriptionCharges charges;

	private final SandboxSubscriptions sandbox;

	private final MovableClock clock;

	BillingFixture(MockMvcTester mvc, JdbcClient jdbc, Subscriptions subscriptions, SubscriptionCharges charges,
			SandboxSubscriptions sandbox, MovableClock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.charges = charges;
		this.sandbox = sandbox;
		this.clock = clock;
	}

	/** Posts a held webhook to our endpoint, signed as the sandbox signed it. */
	MvcTestResult post(HeldWebhook webhook) {
		return mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(webhook.body().getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", webhook.eventId())
			.header("X-Razorpay-Signature", webhook.signature())
			.exchange();
	}

	/**
	 * Waits until every subscription webhook the sandbox sent has been posted and applied
	 * (or found wanting); other tests' payment events, some left waiting on purpose,
	 * don't count.
	 */
	void awaitWebhooksApplied() {
		await().atMost(Duration.ofSeconds(20)).until(sandbox::webhooksPosted);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from razorpay_events where outcome = 'RECEIVED'
				and (event_type like 'subscription.%' or payload like '%subscriptionChargeId%')
				""").query(Long.class).single() == 0);
	}

	/** The outcome recorded on each stored event of the webhooks, in their order. */
	List<String> outcomes(List<HeldWebhook> webhooks) {
		return webhooks.stream()
			.map(webhook -> jdbc.sql("select outcome from razorpay_events where event_id = :id")
				.param("id", webhook.eventId())
				.query(String.class)
				.single())
			.toList();
	}

	Subscription subscription(UUID id) {
		return subscriptions.findById(id).orElseThrow();
	}

	List<SubscriptionCharge> chargesOf(UUID subscriptionId) {
		return charges.findAll()
			.stream()
			.filter(charge -> charge.getSubscriptionId().equals(subscriptionId))
			.sorted((a, b) -> a.getChargedAt().compareTo(b.getChargedAt()))
			.toList();
	}

	/** The audit log's actions about an entity, oldest first. */
	List<String> auditActions(String entityType, UUID entityId) {
		return jdbc.sql("select action from audit_entries where entity_type = :type and entity_id = :id order by seq")
			.param("type", entityType)
			.param("id", entityId.toString())
			.query(String.class)
			.list();
	}

	/** Moves the application's clock to a minute after {@code instant}. */
	void moveClockPast(Instant instant) {
		Duration ahead = Duration.between(clock.instant(), instant).plusMinutes(1);
		if (!ahead.isNegative()) {
			clock.moveBy(ahead);
		}
	}

	/** The sandbox charges what is due of this subscription at the application's time. */
	void renew(Subscription subscription) {
		sandbox.chargeDue(String.valueOf(subscription.getGatewaySubscriptionId()), clock.instant());
	}

	static void assertMoney(java.math.BigDecimal actual, String expected) {
		assertThat(actual).isEqualByComparingTo(expected);
	}

}
