package com.ayurlahi.subscriptions.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;

/**
 * The sandbox in the running application: it is the subscription gateway without
 * Razorpay's keys; its public authorisation page, marked SANDBOX, shows the plan and
 * amounts and authorises by UPI AutoPay, card or eMandate (or fails to, leaving the
 * subscription to be authorised again); its controls make a renewal fail and pay again;
 * and what happens reaches our own Razorpay webhook endpoint signed, in order, and is
 * stored there. Held back, the same webhooks can be posted by a test out of order and
 * twice.
 */
@IntegrationTest
class SandboxSubscriptionsIT {

	/** Clinic Plus: ₹2,499 and 18 % GST. */
	private static final long CLINIC_PLUS = 294_882;

	@Autowired
	SubscriptionGateway gateway;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String planId;

	@BeforeEach
	void plan() {
		planId = sandbox.createPlan("Clinic Plus", "Ayurlahi Clinic Plus v1", CLINIC_PLUS, Map.of()).id();
	}

	@AfterEach
	void deliverNormallyOnTheRealClock() {
		sandbox.deliverWebhooks(Delivery.NORMAL);
		sandbox.takeHeldWebhooks();
		((MovableClock) clock).reset();
	}

	@Test
	void withoutRazorpaysKeysTheSandboxIsTheGateway() {
		assertThat(gateway).isSameAs(sandbox);
	}

	@Test
	void theAuthorisationPageIsPublicMarkedSandboxAndOffersTheThreeMethods() {
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of());

		assertThat(created.shortUrl()).startsWith("http://localhost:")
			.endsWith("/sandbox/razorpay/subscriptions/" + created.id());

		MvcTestResult page = mvc.get().uri(path(created)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("SANDBOX")
			.contains("Clinic Plus")
			.contains(created.id())
			.contains("Charged on authorising")
			.contains("₹2,948.82")
			.contains("UPI AutoPay", "Card", "eMandate")
			.contains("data-testid=\"sandbox-authorise-UPI\"", "data-testid=\"sandbox-decline-UPI\"",
					"data-testid=\"sandbox-authorise-CARD\"", "data-testid=\"sandbox-decline-EMANDATE\"")
			.contains("name=\"_csrf\"")
			.doesNotContain("Pay now");
	}

	@Test
	void aFutureStartShowsTheUpfrontAmountChargedNowAndTheMonthlyAmountFromItsStart() {
		GatewaySubscription created = sandbox.create(planId, 120,
				Instant.parse("2099-02-01T00:00:00Z").minusSeconds(19_800), 85_432, "Upgrade", Map.of());

		assertThat(mvc.get().uri(path(created)).exchange()).bodyText()
			.contains("₹854.32")
			.contains("a one-time amount")
			.contains("₹2,948.82")
			.contains("1 Feb 2099");
	}

	@Test
	void authorisingOnThePageActivatesItAndItsWebhooksReachOurEndpointSignedAndInOrder() {
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of("purpose", "page-authorise"));

		MvcTestResult authorised = mvc.post()
			.uri(path(created) + "/authorise")
			.param("method", "UPI")
			.param("outcome", "SUCCEEDS")
			.with(csrf())
			.exchange();

		assertThat(authorised).hasStatus3xxRedirection().hasRedirectedUrl(path(created));
		assertThat(authorised).flash()
			.containsEntry(FlashMessage.ATTRIBUTE,
					new FlashMessage(FlashMessage.Level.SUCCESS, "The UPI AutoPay mandate is authorised."));
		assertThat(sandbox.fetch(created.id()).status()).isEqualTo("active");
		assertThat(sandbox.fetch(created.id()).paymentMethod()).isEqualTo("UPI");
		await().untilAsserted(() -> assertThat(storedEventsOf(created.id()))
			.containsExactly("subscription.authenticated", "subscription.activated", "subscription.charged"));
		String paymentId = sandbox.chargesOf(created.id()).getFirst().paymentId();
		assertThat(jdbc
			.sql("select razorpay_payment_id from razorpay_events where event_type = 'subscription.charged'"
					+ " and payload like :id")
			.param("id", "%" + created.id() + "%")
			.query(String.class)
			.single()).isEqualTo(paymentId);

		// The redirect's flash message lives in the session (in the database): follow it
		// with the session's cookie.
		Cookie session = authorised.getResponse().getCookie("JSESSIONID");
		assertThat(session).as("the session holding the flash message").isNotNull();
		MvcTestResult page = mvc.get().uri(path(created)).cookie(session).exchange();
		assertThat(page).bodyText()
			.contains("The UPI AutoPay mandate is authorised.")
			.contains(">active<")
			.contains("Payments taken")
			.contains(paymentId)
			.contains("Make")
			.doesNotContain("Authorise (succeeds)");
	}

	@Test
	void onTheApplicationsClockMovedOnAMonthTheNextCycleIsChargedAndReported() {
		GatewaySubscription active = sandbox.create(planId, 120, null, 0, "", Map.of());
		active = sandbox.authorise(active.id(), Method.EMANDATE);
		Instant renewal = active.currentEnd();

		((MovableClock) clock).moveBy(Duration.between(clock.instant(), renewal).plusMinutes(1));
		GatewaySubscription renewed = sandbox.chargeDue(active.id(), clock.instant());

		assertThat(renewed.paidCount()).isEqualTo(2);
		assertThat(renewed.currentStart()).isEqualTo(renewal);
		assertThat(renewed.currentEnd()).isEqualTo(renewal.atZone(IndianTime.ZONE).plusMonths(1).toInstant());
		assertThat(sandbox.chargesOf(active.id())).extracting(GatewayCharge::method).containsOnly("EMANDATE");
		String id = active.id();
		await().untilAsserted(() -> assertThat(storedEventsOf(id)).containsExactly("subscription.authenticated",
				"subscription.activated", "subscription.charged", "subscription.charged"));
	}

	@Test
	void aFailedAuthorisationSaysSoAndLeavesItToBeAuthorisedAgain() {
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of());

		MvcTestResult failed = mvc.post()
			.uri(path(created) + "/authorise")
			.param("method", "EMANDATE")
			.param("outcome", "FAILS")
			.with(csrf())
			.exchange();

		assertThat(failed).hasStatus3xxRedirection();
		assertThat(failed).flash()
			.containsEntry(FlashMessage.ATTRIBUTE, new FlashMessage(FlashMessage.Level.DANGER,
					"The authorisation by eMandate failed. Nothing was charged; try again."));
		assertThat(sandbox.fetch(created.id()).status()).isEqualTo("created");
		assertThat(sandbox.chargesOf(created.id())).isEmpty();
		assertThat(mvc.get().uri(path(created)).exchange()).bodyText().contains("Authorise (succeeds)");
	}

	@Test
	void thePagesControlsMakeARenewalFailAndPayAgain() {
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of());
		sandbox.authorise(created.id(), Method.CARD);

		assertThat(post(created, "/fail-next-renewal")).flash()
			.containsEntry(FlashMessage.ATTRIBUTE,
					new FlashMessage(FlashMessage.Level.INFO, "The next 1 charge(s) will fail."));
		assertThat(mvc.get().uri(path(created)).exchange()).bodyText().contains("The next 1 charge(s) will fail.");
		post(created, "/renew-now");

		assertThat(sandbox.fetch(created.id()).status()).isEqualTo("pending");
		assertThat(mvc.get().uri(path(created)).exchange()).bodyText().contains(">pending<").contains("Pay now");

		assertThat(post(created, "/pay-now")).flash()
			.containsEntry(FlashMessage.ATTRIBUTE,
					new FlashMessage(FlashMessage.Level.SUCCESS, "Paid: the subscription is active again."));
		assertThat(sandbox.fetch(created.id()).status()).isEqualTo("active");
		assertThat(sandbox.fetch(created.id()).paidCount()).isEqualTo(2);
		await()
			.untilAsserted(() -> assertThat(storedEventsOf(created.id())).containsExactly("subscription.authenticated",
					"subscription.activated", "subscription.charged", "subscription.pending", "subscription.charged",
					"subscription.activated"));

		assertThat(post(created, "/pay-now")).flash()
			.extractingByKey(FlashMessage.ATTRIBUTE)
			.satisfies(flash -> assertThat(((FlashMessage) flash).text())
				.contains("only a pending or halted one can be paid now"));
	}

	@Test
	void heldWebhooksCanBePostedOutOfOrderAndTwiceAndATamperedOneIsRefused() {
		sandbox.deliverWebhooks(Delivery.HOLD);
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of());
		sandbox.authorise(created.id(), Method.UPI);
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type)
			.containsExactly("subscription.authenticated", "subscription.activated", "subscription.charged");

		for (HeldWebhook webhook : held.reversed()) {
			assertThat(webhook(webhook.body(), webhook.eventId(), webhook.signature())).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("accepted");
		}
		for (HeldWebhook webhook : held) {
			assertThat(webhook(webhook.body(), webhook.eventId(), webhook.signature())).bodyJson()
				.extractingPath("$.status")
				.isEqualTo("duplicate");
		}
		HeldWebhook charged = held.getLast();
		assertThat(webhook(charged.body().replace("\"paid_count\":1", "\"paid_count\":9"), charged.eventId() + "x",
				charged.signature()))
			.hasStatus(400);
		assertThat(storedEventsOf(created.id())).containsExactlyInAnyOrder("subscription.authenticated",
				"subscription.activated", "subscription.charged");
	}

	@Test
	void anUnknownSubscriptionHasNoPageAndAButtonWithoutTheFormsTokenDoesNothing() {
		assertThat(mvc.get().uri(SandboxSubscriptions.PAGE_PATH + "sub_Unknown000001").exchange()).hasStatus(404);

		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", Map.of());
		assertThat(mvc.post().uri(path(created) + "/authorise").param("method", "UPI").param("outcome", "SUCCEEDS"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?expired");
		assertThat(sandbox.fetch(created.id()).status()).isEqualTo("created");
	}

	private MvcTestResult post(GatewaySubscription subscription, String action) {
		MvcTestResult result = mvc.post().uri(path(subscription) + action).with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(path(subscription));
		return result;
	}

	private MvcTestResult webhook(String body, String eventId, String signature) {
		return mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", eventId)
			.header("X-Razorpay-Signature", signature)
			.exchange();
	}

	/** The types of the events stored about the subscription, in the order they came. */
	private List<String> storedEventsOf(String gatewaySubscriptionId) {
		return jdbc.sql("select event_type from razorpay_events where payload like :id order by received_at, event_id")
			.param("id", "%\"id\":\"" + gatewaySubscriptionId + "\"%")
			.query(String.class)
			.list();
	}

	private static String path(GatewaySubscription subscription) {
		return SandboxSubscriptions.PAGE_PATH + subscription.id();
	}

}
