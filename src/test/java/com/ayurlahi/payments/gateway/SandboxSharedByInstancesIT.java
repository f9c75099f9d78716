package com.ayurlahi.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.ayurlahi.AyurlahiApplication;
import com.ayurlahi.common.sandbox.SandboxWebhookOutbox;
import com.ayurlahi.common.sandbox.SignedWebhook;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayOrder;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Choice;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.TestDatabase;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Two instances of the application on one database share one sandbox: an order made on
 * one is paid on the other and seen paid by both; a subscription made on one is
 * authorised on the other and seen active with its charge by both. The webhooks an
 * instance queued survive it: stopped before it could post them and then shut down, its
 * webhooks are posted by the other instance, each once, with the signature they were
 * given, in the order they happened. Three deliverers racing over the same queued
 * webhooks post each exactly once.
 */
@IntegrationTest
class SandboxSharedByInstancesIT {

	@Autowired
	SandboxRazorpay sandbox;

	@Autowired
	SandboxSubscriptions subscriptions;

	@Autowired
	PaymentSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SandboxWebhookOutbox outbox;

	@Autowired
	PlatformTransactionManager transactions;

	private final WireMockServer receiver = new WireMockServer(options().dynamicPort());

	/** A webhook as the receiver took it. */
	record Received(String eventId, String type, String body, String signature) {
	}

	@BeforeEach
	void receiver() {
		receiver.start();
		receiver.stubFor(post("/webhooks").willReturn(ok()));
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop();
	}

	/** What the receiver took, in the order it came. */
	private List<Received> received() {
		return receiver.findAll(postRequestedFor(urlEqualTo("/webhooks"))).stream().map(request -> {
			String body = request.getBodyAsString();
			return new Received(request.getHeader("X-Razorpay-Event-Id"),
					body.replaceFirst("(?s).*?\"event\":\"([^\"]+)\".*", "$1"), body,
					request.getHeader("X-Razorpay-Signature"));
		}).toList();
	}

	@Test
	void aSecondInstanceSeesTheSameSandboxAndItsQueuedWebhooksOutliveIt() {
		GatewayOrder order = sandbox.createOrder("AYR-SHARED-1", 123_456, Map.of());
		String plan = subscriptions.createPlan("Clinic Plus", "shared", 294_882, Map.of()).id();
		GatewaySubscription subscription = subscriptions.create(plan, 12, null, 0, "", Map.of());

		Map<String, String> paid;
		String authorisedStatus;
		// Neither instance posts while the other makes its changes: what it queued is
		// posted after it is gone.
		outbox.stop();
		try (ConfigurableApplicationContext other = secondInstance()) {
			other.getBean(SandboxWebhookOutbox.class).stop();
			GatewayOrder seenThere = other.getBean(SandboxRazorpay.class).fetchOrder(order.id());
			assertThat(seenThere).isEqualTo(order);
			paid = other.getBean(SandboxRazorpay.class).pay(order.id(), Choice.UPI_SUCCESS);
			SandboxSubscriptions subscriptionsThere = other.getBean(SandboxSubscriptions.class);
			assertThat(subscriptionsThere.fetch(subscription.id()).status()).isEqualTo("created");
			authorisedStatus = subscriptionsThere.authorise(subscription.id(), SandboxSubscriptions.Method.UPI)
				.status();
			assertThat(received()).isEmpty();
		}
		finally {
			outbox.start();
		}

		assertThat(authorisedStatus).isEqualTo("active");
		GatewayOrder paidHere = sandbox.fetchOrder(order.id());
		assertThat(paidHere.status()).isEqualTo("paid");
		assertThat(paidHere.payments()).singleElement()
			.satisfies(payment -> assertThat(payment.id()).isEqualTo(paid.get("razorpay_payment_id")));
		assertThat(sandbox.refundsOf(paid.get("razorpay_payment_id"))).isEmpty();
		assertThat(subscriptions.fetch(subscription.id()).status()).isEqualTo("active");
		assertThat(subscriptions.chargesOf(subscription.id())).singleElement()
			.satisfies(charge -> assertThat(charge.amountPaise()).isEqualTo(294_882));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received()).hasSize(5));
		List<Received> received = received();
		assertThat(received).extracting(Received::type)
			.filteredOn(type -> !type.startsWith("subscription."))
			.containsExactly("payment.captured", "order.paid");
		assertThat(received).extracting(Received::type)
			.filteredOn(type -> type.startsWith("subscription."))
			.containsExactly("subscription.authenticated", "subscription.activated", "subscription.charged");
		assertThat(received).extracting(Received::eventId).doesNotHaveDuplicates();
		assertThat(received).allSatisfy(webhook -> assertThat(webhook.signature())
			.isEqualTo(RazorpaySignatures.sign(webhook.body(), settings.keys().webhookSecret())));
		assertThat(received).filteredOn(webhook -> webhook.type().equals("order.paid"))
			.singleElement()
			.satisfies(webhook -> assertThat(webhook.body()).contains(paid.get("razorpay_payment_id")));
		assertThat(jdbc.sql("select state from sandbox_webhooks where event_id in (:ids)")
			.param("ids", received.stream().map(Received::eventId).toList())
			.query(String.class)
			.list()).hasSize(5).containsOnly("DELIVERED");
	}

	@Test
	void deliverersRacingOverTheQueuePostEachWebhookOnce() {
		SandboxWebhookOutbox first = new SandboxWebhookOutbox(jdbc, transactions);
		SandboxWebhookOutbox second = new SandboxWebhookOutbox(jdbc, transactions);
		List<SignedWebhook> webhooks = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String body = "{\"event\":\"test.race\",\"n\":" + i + "}";
			webhooks.add(new SignedWebhook("evt_race" + i + "_" + UUID.randomUUID().toString().substring(0, 8),
					"test.race", body, RazorpaySignatures.sign(body, settings.keys().webhookSecret()), target()));
		}
		first.queue("payments", webhooks, 1);

		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(first::deliverDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(second::deliverDue);
		CompletableFuture.allOf(one, two).join();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received()).hasSize(30));
		assertThat(received()).extracting(Received::eventId)
			.doesNotHaveDuplicates()
			.containsExactlyElementsOf(webhooks.stream().map(SignedWebhook::eventId).toList());
		assertThat(jdbc.sql("select count(*) from sandbox_webhooks where event_id in (:ids) and state = 'DELIVERED'")
			.param("ids", webhooks.stream().map(SignedWebhook::eventId).toList())
			.query(Long.class)
			.single()).isEqualTo(30);
	}

	private URI target() {
		return URI.create("http://localhost:" + receiver.port() + "/webhooks");
	}

	/**
	 * Another instance of the application on this run's database, posting to the
	 * receiver.
	 */
	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(AyurlahiApplication.class).profiles("test")
			.initializers(new TestDatabase.Initializer())
			.run("--server.port=0", "--ayurlahi.demo-data.enabled=false",
					"--ayurlahi.payments.sandbox.webhook-url=" + target());
	}

}
