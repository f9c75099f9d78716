package com.ayurlahi.subscriptions.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;

import com.ayurlahi.common.sandbox.SandboxWebhookOutbox;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayCharge;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewayRefund;
import com.ayurlahi.subscriptions.gateway.SubscriptionGateway.GatewaySubscription;
import com.razorpay.Utils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's subscriptions behave as Razorpay's do, on a clock the test moves: the
 * authorisation of an immediate and of a future start (with its upfront amount), monthly
 * renewals in Indian calendar months, a failed charge retried on the next three days and
 * then halted, paying again, cancelling now and at the cycle's end, pausing, completion,
 * expiry, refunds; and each webhook is shaped and signed like Razorpay's, in the order
 * things happened.
 */
class SandboxSubscriptionsTest {

	private static final String WEBHOOK_SECRET = "sandbox webhook secret";

	/** 10 January 2026, 10:00 IST. */
	private static final Instant NOW = Instant.parse("2026-01-10T04:30:00Z");

	/** A month later, 10 February 2026, 10:00 IST. */
	private static final Instant FEB_10 = Instant.parse("2026-02-10T04:30:00Z");

	private static final Instant MAR_10 = Instant.parse("2026-03-10T04:30:00Z");

	private static final Instant APR_10 = Instant.parse("2026-04-10T04:30:00Z");

	/** Clinic Plus: ₹2,499 and 18 % GST. */
	private static final long CLINIC_PLUS = 294_882;

	private static final JsonMapper JSON = JsonMapper.shared();

	private final TestClock clock = new TestClock();

	private SandboxSubscriptions sandbox;

	private String planId;

	@BeforeEach
	void sandbox() {
		sandbox = sandbox(clock);
		sandbox.deliverWebhooks(Delivery.HOLD);
		planId = sandbox.createPlan("Clinic Plus", "Ayurlahi Clinic Plus v1", CLINIC_PLUS, Map.of("planId", "p3")).id();
	}

	@Test
	void anImmediateStartIsChargedItsFirstMonthOnAuthorisationAndReportedAuthenticatedActivatedAndCharged() {
		GatewaySubscription created = sandbox.create(planId, 120, null, 0, "", notes());

		assertThat(created.status()).isEqualTo("created");
		assertThat(created.shortUrl())
			.isEqualTo("http://localhost:4321/sandbox/razorpay/subscriptions/" + created.id());
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();

		GatewaySubscription active = sandbox.authorise(created.id(), Method.UPI);

		assertThat(active).isEqualTo(new GatewaySubscription(created.id(), planId, "active", created.shortUrl(), NOW,
				FEB_10, FEB_10, null, 1, "UPI"));
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type)
			.containsExactly("subscription.authenticated", "subscription.activated", "subscription.charged");
		assertThat(held).extracting(HeldWebhook::eventId).doesNotHaveDuplicates().allMatch(id -> id.startsWith("evt_"));
		assertThat(held).allSatisfy(
				webhook -> assertThat(Utils.verifyWebhookSignature(webhook.body(), webhook.signature(), WEBHOOK_SECRET))
					.isTrue());

		JsonNode authenticated = JSON.readTree(held.get(0).body());
		assertThat(authenticated.path("entity").asString()).isEqualTo("event");
		assertThat(authenticated.path("account_id").asString()).isEqualTo("acc_AyurlahiSandbox");
		assertThat(authenticated.path("event").asString()).isEqualTo("subscription.authenticated");
		assertThat(authenticated.path("contains").values()).extracting(JsonNode::asString)
			.containsExactly("subscription");
		assertThat(authenticated.path("created_at").asLong()).isEqualTo(NOW.getEpochSecond());
		assertThat(subscriptionOf(authenticated).path("status").asString()).isEqualTo("authenticated");

		JsonNode charged = JSON.readTree(held.get(2).body());
		assertThat(charged.path("contains").values()).extracting(JsonNode::asString)
			.containsExactly("subscription", "payment");
		JsonNode subscription = subscriptionOf(charged);
		assertThat(subscription.path("id").asString()).isEqualTo(created.id());
		assertThat(subscription.path("entity").asString()).isEqualTo("subscription");
		assertThat(subscription.path("plan_id").asString()).isEqualTo(planId);
		assertThat(subscription.path("status").asString()).isEqualTo("active");
		assertThat(subscription.path("current_start").asLong()).isEqualTo(NOW.getEpochSecond());
		assertThat(subscription.path("current_end").asLong()).isEqualTo(FEB_10.getEpochSecond());
		assertThat(subscription.path("charge_at").asLong()).isEqualTo(FEB_10.getEpochSecond());
		assertThat(subscription.path("paid_count").asInt()).isEqualTo(1);
		assertThat(subscription.path("total_count").asInt()).isEqualTo(120);
		assertThat(subscription.path("remaining_count").asInt()).isEqualTo(119);
		assertThat(subscription.path("auth_attempts").asInt()).isEqualTo(1);
		assertThat(subscription.path("payment_method").asString()).isEqualTo("upi");
		assertThat(subscription.path("notes").path("subscriptionId").asString()).isEqualTo("5b1e");
		assertThat(subscription.path("notes").path("clinicId").asString()).isEqualTo("9c2d");
		assertThat(subscription.path("ended_at").isNull()).isTrue();
		JsonNode payment = paymentOf(charged);
		assertThat(payment.path("id").asString()).startsWith("pay_");
		assertThat(payment.path("entity").asString()).isEqualTo("payment");
		assertThat(payment.path("amount").asLong()).isEqualTo(CLINIC_PLUS);
		assertThat(payment.path("currency").asString()).isEqualTo("INR");
		assertThat(payment.path("status").asString()).isEqualTo("captured");
		assertThat(payment.path("captured").asBoolean()).isTrue();
		assertThat(payment.path("method").asString()).isEqualTo("upi");
		assertThat(payment.path("invoice_id").asString()).startsWith("inv_");
		assertThat(payment.path("order_id").asString()).startsWith("order_");
		assertThat(payment.path("amount_refunded").asLong()).isZero();

		assertThat(sandbox.chargesOf(created.id())).containsExactly(new GatewayCharge(payment.path("id").asString(),
				payment.path("invoice_id").asString(), CLINIC_PLUS, "INR", "UPI", NOW, NOW, FEB_10, false));
		assertThat(sandbox.fetch(created.id())).isEqualTo(active);
	}

	@Test
	void aFutureStartIsAuthenticatedWithItsUpfrontAmountTakenAndChargedFromItsStart() {
		GatewaySubscription created = sandbox.create(planId, 120, FEB_10, 85_432, "Upgrade to Clinic Plus", notes());

		GatewaySubscription authenticated = sandbox.authorise(created.id(), Method.CARD);

		assertThat(authenticated).isEqualTo(new GatewaySubscription(created.id(), planId, "authenticated",
				created.shortUrl(), null, null, FEB_10, null, 0, "CARD"));
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("subscription.authenticated");
		JsonNode event = JSON.readTree(held.getFirst().body());
		assertThat(event.path("contains").values()).extracting(JsonNode::asString)
			.containsExactly("subscription", "payment");
		assertThat(subscriptionOf(event).path("start_at").asLong()).isEqualTo(FEB_10.getEpochSecond());
		assertThat(subscriptionOf(event).path("paid_count").asInt()).isZero();
		JsonNode upfront = paymentOf(event);
		assertThat(upfront.path("amount").asLong()).isEqualTo(85_432);
		assertThat(upfront.path("method").asString()).isEqualTo("card");
		assertThat(sandbox.chargesOf(created.id())).singleElement()
			.isEqualTo(new GatewayCharge(upfront.path("id").asString(), upfront.path("invoice_id").asString(), 85_432,
					"INR", "CARD", NOW, null, null, true));

		sandbox.chargeDue(FEB_10.minusSeconds(1));
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();

		clock.set(FEB_10.plusSeconds(30));
		sandbox.chargeDue(clock.instant());

		assertThat(sandbox.fetch(created.id())).isEqualTo(new GatewaySubscription(created.id(), planId, "active",
				created.shortUrl(), FEB_10, MAR_10, MAR_10, null, 1, "CARD"));
		held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type)
			.containsExactly("subscription.activated", "subscription.charged");
		assertThat(paymentOf(JSON.readTree(held.get(1).body())).path("amount").asLong()).isEqualTo(CLINIC_PLUS);
		assertThat(sandbox.chargesOf(created.id())).extracting(GatewayCharge::amountPaise, GatewayCharge::upfront)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(85_432L, true),
					org.assertj.core.groups.Tuple.tuple(CLINIC_PLUS, false));
	}

	@Test
	void anImmediateStartWithAnUpfrontAmountIsChargedBothAtOnce() {
		String id = sandbox.create(planId, 120, null, 10_000, "One-time set-up", notes()).id();

		sandbox.authorise(id, Method.EMANDATE);

		assertThat(sandbox.chargesOf(id)).singleElement().satisfies(charge -> {
			assertThat(charge.amountPaise()).isEqualTo(CLINIC_PLUS + 10_000);
			assertThat(charge.method()).isEqualTo("EMANDATE");
			assertThat(charge.upfront()).isFalse();
		});
	}

	@Test
	void aFailedAuthorisationLeavesTheSubscriptionToBeAuthorisedAgain() {
		String id = sandbox.create(planId, 120, null, 0, "", notes()).id();

		GatewaySubscription failed = sandbox.failAuthorisation(id);

		assertThat(failed.status()).isEqualTo("created");
		assertThat(failed.paymentMethod()).isNull();
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
		assertThat(sandbox.chargesOf(id)).isEmpty();

		sandbox.authorise(id, Method.UPI);

		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(subscriptionOf(JSON.readTree(held.getFirst().body())).path("auth_attempts").asInt()).isEqualTo(2);
		assertThatThrownBy(() -> sandbox.authorise(id, Method.UPI)).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("is active: it needs no authorisation");
	}

	@Test
	void eachRenewalPaysTheNextCalendarMonthOnceHoweverOftenTheClockIsRead() {
		String id = active();

		sandbox.chargeDue(FEB_10.minusSeconds(1));
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();

		sandbox.chargeDue(FEB_10);
		sandbox.chargeDue(FEB_10.plusSeconds(60));

		assertThat(sandbox.fetch(id)).isEqualTo(
				new GatewaySubscription(id, planId, "active", pageOf(id), FEB_10, MAR_10, MAR_10, null, 2, "UPI"));
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("subscription.charged");
		JsonNode charged = JSON.readTree(held.getFirst().body());
		assertThat(subscriptionOf(charged).path("paid_count").asInt()).isEqualTo(2);
		assertThat(subscriptionOf(charged).path("current_start").asLong()).isEqualTo(FEB_10.getEpochSecond());
		assertThat(paymentOf(charged).path("amount").asLong()).isEqualTo(CLINIC_PLUS);
		assertThat(sandbox.chargesOf(id)).hasSize(2);
	}

	@Test
	void aClockMovedByMonthsChargesEachMonthInTurn() {
		String id = active();

		sandbox.chargeDue(APR_10.plusSeconds(1));

		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type)
			.containsExactly("subscription.charged", "subscription.charged", "subscription.charged");
		assertThat(sandbox.chargesOf(id)).extracting(GatewayCharge::periodStart)
			.containsExactly(NOW, FEB_10, MAR_10, APR_10);
		assertThat(sandbox.fetch(id).paidCount()).isEqualTo(4);
	}

	@Test
	void aFailedRenewalIsPendingRetriedOnTheNextThreeDaysThenHaltedUntilPaid() {
		String id = active();
		sandbox.failNextCharges(id, 4);

		sandbox.chargeDue(FEB_10);

		GatewaySubscription pending = sandbox.fetch(id);
		assertThat(pending.status()).isEqualTo("pending");
		assertThat(pending.chargeAt()).isEqualTo(FEB_10.plus(Duration.ofDays(1)));
		assertThat(pending.currentEnd()).isEqualTo(FEB_10);
		assertThat(pending.paidCount()).isEqualTo(1);
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("subscription.pending");
		assertThat(JSON.readTree(held.getFirst().body()).path("contains").values()).extracting(JsonNode::asString)
			.containsExactly("subscription");

		sandbox.chargeDue(FEB_10.plus(Duration.ofDays(1)));
		sandbox.chargeDue(FEB_10.plus(Duration.ofDays(2)));
		assertThat(sandbox.fetch(id).status()).isEqualTo("pending");
		assertThat(sandbox.fetch(id).chargeAt()).isEqualTo(FEB_10.plus(Duration.ofDays(3)));
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();

		sandbox.chargeDue(FEB_10.plus(Duration.ofDays(3)));

		GatewaySubscription halted = sandbox.fetch(id);
		assertThat(halted.status()).isEqualTo("halted");
		assertThat(halted.chargeAt()).isNull();
		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type).containsExactly("subscription.halted");
		sandbox.chargeDue(APR_10);
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
		assertThat(sandbox.chargesOf(id)).hasSize(1);

		clock.set(FEB_10.plus(Duration.ofDays(5)));
		GatewaySubscription paid = sandbox.payNow(id);

		assertThat(paid).isEqualTo(
				new GatewaySubscription(id, planId, "active", pageOf(id), FEB_10, MAR_10, MAR_10, null, 2, "UPI"));
		held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type)
			.containsExactly("subscription.charged", "subscription.activated");
		assertThat(paymentOf(JSON.readTree(held.getFirst().body())).path("created_at").asLong())
			.isEqualTo(clock.instant().getEpochSecond());
		assertThat(sandbox.chargesOf(id)).last()
			.satisfies(charge -> assertThat(charge.periodStart()).isEqualTo(FEB_10));
	}

	@Test
	void aRetryThatSucceedsPaysTheMissedCycleAndActivatesAgain() {
		String id = active();
		sandbox.failNextCharges(id, 1);
		sandbox.chargeDue(FEB_10);
		sandbox.takeHeldWebhooks();

		sandbox.chargeDue(FEB_10.plus(Duration.ofDays(1)));

		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type)
			.containsExactly("subscription.charged", "subscription.activated");
		assertThat(sandbox.fetch(id)).isEqualTo(
				new GatewaySubscription(id, planId, "active", pageOf(id), FEB_10, MAR_10, MAR_10, null, 2, "UPI"));
	}

	@Test
	void onlyAPendingOrHaltedSubscriptionCanBePaidNow() {
		String id = active();

		assertThatThrownBy(() -> sandbox.payNow(id)).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("only a pending or halted one can be paid now");
	}

	@Test
	void renewingNowEndsTheCycleNowAndTakesTheNextCharge() {
		String id = active();
		clock.set(NOW.plus(Duration.ofDays(3)));
		sandbox.failNextCharges(id, 1);

		assertThat(sandbox.renewNow(id).status()).isEqualTo("pending");

		GatewaySubscription paid = sandbox.renewNow(id);
		assertThat(paid.status()).isEqualTo("active");
		assertThat(paid.currentStart()).isEqualTo(clock.instant());
		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type)
			.containsExactly("subscription.pending", "subscription.charged", "subscription.activated");
	}

	@Test
	void cancellingNowEndsItAtOnceAndOnlyOnce() {
		String id = active();
		clock.set(NOW.plus(Duration.ofDays(2)));

		GatewaySubscription cancelled = sandbox.cancel(id, false);

		assertThat(cancelled.status()).isEqualTo("cancelled");
		assertThat(cancelled.endedAt()).isEqualTo(clock.instant());
		assertThat(cancelled.chargeAt()).isNull();
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("subscription.cancelled");
		assertThat(subscriptionOf(JSON.readTree(held.getFirst().body())).path("ended_at").asLong())
			.isEqualTo(clock.instant().getEpochSecond());
		assertThatThrownBy(() -> sandbox.cancel(id, false)).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessage("Subscription is not cancellable in cancelled status.");
		sandbox.chargeDue(MAR_10);
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
	}

	@Test
	void cancellingAtTheCycleEndKeepsItActiveUntilThenAndChargesNoMore() {
		String id = active();

		GatewaySubscription cancelling = sandbox.cancel(id, true);

		assertThat(cancelling.status()).isEqualTo("active");
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
		sandbox.chargeDue(FEB_10.minusSeconds(1));
		assertThat(sandbox.fetch(id).status()).isEqualTo("active");

		sandbox.chargeDue(FEB_10);

		GatewaySubscription cancelled = sandbox.fetch(id);
		assertThat(cancelled.status()).isEqualTo("cancelled");
		assertThat(cancelled.endedAt()).isEqualTo(FEB_10);
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("subscription.cancelled");
		assertThat(subscriptionOf(JSON.readTree(held.getFirst().body())).path("end_at").asLong())
			.isEqualTo(FEB_10.getEpochSecond());
		assertThat(sandbox.chargesOf(id)).hasSize(1);
	}

	@Test
	void aPausedSubscriptionIsNotChargedAndIsChargedOnceResumed() {
		String id = active();

		assertThat(sandbox.pause(id).status()).isEqualTo("paused");
		sandbox.chargeDue(MAR_10);
		assertThat(sandbox.chargesOf(id)).hasSize(1);
		clock.set(MAR_10);
		assertThat(sandbox.resume(id).chargeAt()).isEqualTo(MAR_10);
		sandbox.chargeDue(MAR_10);

		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type)
			.containsExactly("subscription.paused", "subscription.resumed", "subscription.charged");
		assertThat(sandbox.fetch(id).currentStart()).isEqualTo(MAR_10);
		assertThatThrownBy(() -> sandbox.resume(id)).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("can't be resumed: it is active");
	}

	@Test
	void itCompletesWhenItsLastCycleEnds() {
		String id = sandbox.create(planId, 2, null, 0, "", notes()).id();
		sandbox.authorise(id, Method.UPI);
		sandbox.chargeDue(FEB_10);
		sandbox.takeHeldWebhooks();

		sandbox.chargeDue(MAR_10);

		GatewaySubscription completed = sandbox.fetch(id);
		assertThat(completed.status()).isEqualTo("completed");
		assertThat(completed.endedAt()).isEqualTo(MAR_10);
		assertThat(completed.paidCount()).isEqualTo(2);
		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type).containsExactly("subscription.completed");
	}

	@Test
	void aFutureStartNobodyAuthorisedExpiresAtItsStart() {
		String id = sandbox.create(planId, 120, FEB_10, 0, "", notes()).id();

		sandbox.chargeDue(FEB_10);

		assertThat(sandbox.fetch(id).status()).isEqualTo("expired");
		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
		assertThatThrownBy(() -> sandbox.authorise(id, Method.UPI)).isInstanceOf(SubscriptionGatewayException.class);
	}

	@Test
	void aRefundIsAnsweredPendingAndProcessedWithItsNotes() {
		String id = active();
		String paymentId = sandbox.chargesOf(id).getFirst().paymentId();

		GatewayRefund refund = sandbox.refund(paymentId, 100_000, Map.of("subscriptionChargeId", "7d3e"));

		assertThat(refund.id()).startsWith("rfnd_");
		assertThat(refund).isEqualTo(new GatewayRefund(refund.id(), paymentId, 100_000, "pending"));
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type).containsExactly("refund.processed");
		JsonNode event = JSON.readTree(held.getFirst().body());
		assertThat(event.path("contains").values()).extracting(JsonNode::asString).containsExactly("refund", "payment");
		JsonNode processed = event.path("payload").path("refund").path("entity");
		assertThat(processed.path("id").asString()).isEqualTo(refund.id());
		assertThat(processed.path("status").asString()).isEqualTo("processed");
		assertThat(processed.path("amount").asLong()).isEqualTo(100_000);
		assertThat(processed.path("payment_id").asString()).isEqualTo(paymentId);
		assertThat(processed.path("notes").path("subscriptionChargeId").asString()).isEqualTo("7d3e");
		JsonNode payment = paymentOf(event);
		assertThat(payment.path("amount_refunded").asLong()).isEqualTo(100_000);
		assertThat(payment.path("refund_status").asString()).isEqualTo("partial");
		assertThat(payment.path("status").asString()).isEqualTo("captured");

		assertThatThrownBy(() -> sandbox.refund(paymentId, CLINIC_PLUS - 100_000 + 1, Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessage("The refund amount provided is greater than amount captured");
		sandbox.refund(paymentId, CLINIC_PLUS - 100_000, Map.of());
		assertThat(paymentOf(JSON.readTree(sandbox.takeHeldWebhooks().getFirst().body())).path("status").asString())
			.isEqualTo("refunded");
		assertThatThrownBy(() -> sandbox.refund("pay_Unknown00000001", 100, Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("does not exist");
	}

	@Test
	void unknownIdsAndBadRequestsAreRefusedLikeRazorpayRefusesThem() {
		assertThatThrownBy(() -> sandbox.fetch("sub_Unknown000001")).isInstanceOf(SubscriptionGatewayException.class)
			.hasMessage("The id provided does not exist: sub_Unknown000001");
		assertThatThrownBy(() -> sandbox.create("plan_Unknown00001", 120, null, 0, "", Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("does not exist");
		assertThatThrownBy(() -> sandbox.create(planId, 120, NOW, 0, "", Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("start_at");
		assertThatThrownBy(() -> sandbox.createPlan("Free", "", 0, Map.of()))
			.isInstanceOf(SubscriptionGatewayException.class)
			.hasMessageContaining("at least INR 1.00");
	}

	@Test
	void aPlanTheSandboxNeverSawIsStillKnownByItsPrice() {
		SandboxSubscriptions elsewhere = sandbox(clock, database());

		GatewaySubscription subscription = elsewhere.create(planId, 120, null, 0, "", notes());
		elsewhere.deliverWebhooks(Delivery.HOLD);
		elsewhere.authorise(subscription.id(), Method.UPI);

		assertThat(elsewhere.chargesOf(subscription.id())).singleElement()
			.satisfies(charge -> assertThat(charge.amountPaise()).isEqualTo(CLINIC_PLUS));
		assertThatThrownBy(() -> elsewhere.fetch(active())).isInstanceOf(SubscriptionGatewayException.class);
	}

	@Test
	void anAdoptedSubscriptionRenewsFromWhereItWas() {
		String id = sandbox.adopt("sub_DemoClinic0001", planId, NOW, FEB_10, 2, 120, Method.EMANDATE, notes()).id();

		sandbox.chargeDue(FEB_10);

		assertThat(sandbox.fetch(id)).isEqualTo(new GatewaySubscription("sub_DemoClinic0001", planId, "active",
				pageOf(id), FEB_10, MAR_10, MAR_10, null, 3, "EMANDATE"));
		assertThat(sandbox.takeHeldWebhooks()).extracting(HeldWebhook::type).containsExactly("subscription.charged");
	}

	@Test
	void droppedWebhooksAreNeitherHeldNorPosted() {
		sandbox.deliverWebhooks(Delivery.DROP);

		active();

		assertThat(sandbox.takeHeldWebhooks()).isEmpty();
		assertThat(sandbox.webhooksPosted()).isTrue();
	}

	/**
	 * An active subscription to Clinic Plus, authorised by UPI now; its webhooks taken.
	 */
	private String active() {
		String id = sandbox.create(planId, 120, null, 0, "", notes()).id();
		sandbox.authorise(id, Method.UPI);
		sandbox.takeHeldWebhooks();
		return id;
	}

	private static Map<String, String> notes() {
		return Map.of("subscriptionId", "5b1e", "clinicId", "9c2d");
	}

	private static String pageOf(String id) {
		return "http://localhost:4321/sandbox/razorpay/subscriptions/" + id;
	}

	private static JsonNode subscriptionOf(JsonNode event) {
		return event.path("payload").path("subscription").path("entity");
	}

	private static JsonNode paymentOf(JsonNode event) {
		return event.path("payload").path("payment").path("entity");
	}

	/**
	 * A sandbox on a database of the test's own (its renewal runs charge every
	 * subscription it knows).
	 */
	private static SandboxSubscriptions sandbox(Clock clock) {
		return sandbox(clock, database());
	}

	private static SandboxSubscriptions sandbox(Clock clock, DataSource database) {
		PaymentSettings settings = new PaymentSettings(Duration.ofMinutes(30), Duration.ofMinutes(5),
				Duration.ofDays(7), Duration.ofMinutes(15),
				new PaymentSettings.Razorpay("", "", "", URI.create("https://api.razorpay.com")),
				new PaymentSettings.Sandbox("rzp_test_Sandbox", "sandbox key secret", WEBHOOK_SECRET, null), null,
				new BigDecimal("18.00"), new BigDecimal("0.50"));
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "4321");
		JdbcClient jdbc = JdbcClient.create(database);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
		return new SandboxSubscriptions(new SandboxSubscriptionWebhooks(settings,
				new SandboxWebhookOutbox(jdbc, transactions), environment, JSON), settings, environment, clock, JSON,
				jdbc, transactions);
	}

	/**
	 * A database of the sandbox's own (in memory, as the dev profile's H2), migrated as
	 * the application migrates it.
	 */
	private static DataSource database() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:sandbox-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		return database;
	}

	/** The sandbox's clock, which the test sets. */
	private static final class TestClock extends Clock {

		private volatile Instant now = NOW;

		void set(Instant instant) {
			now = instant;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

	}

}
