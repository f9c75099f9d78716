package com.ayurlahi.subscriptions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.TestPlans;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Razorpay's subscription webhooks (their JSON as Razorpay sends it) applied to a
 * subscription: in order, out of order, repeated, and the plan change they put in place.
 * Each event's {@code created_at} orders it; an event older than the last one applied
 * moves nothing back.
 */
class GatewayReportsTest {

	private static final long T0 = Instant.parse("2026-12-05T10:00:00Z").getEpochSecond();

	private static final long CYCLE_END = Instant.parse("2027-01-05T10:00:00Z").getEpochSecond();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Subscriptions subscriptions = mock(Subscriptions.class);

	private final GatewayReports reports = new GatewayReports(subscriptions);

	private final Plan clinic = TestPlans.clinic();

	@Test
	void authenticatedActivatedAndChargedInOrderMakeItActiveForTheCycle() {
		Subscription subscription = made();

		assertThat(apply(subscription, "authenticated", T0 + 1)).isTrue();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.AUTHENTICATED);
		assertThat(subscription.getPaymentMethod()).isEqualTo("UPI");
		assertThat(apply(subscription, "activated", T0 + 2)).isTrue();
		assertThat(apply(subscription, "charged", T0 + 2)).isFalse();

		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getCurrentStart()).isEqualTo(Instant.ofEpochSecond(T0));
		assertThat(subscription.getCurrentEnd()).isEqualTo(Instant.ofEpochSecond(CYCLE_END));
		assertThat(subscription.getPaidCount()).isEqualTo(1);
		assertThat(subscription.getLastSyncedAt()).isNotNull();
	}

	@Test
	void chargedArrivingFirstMakesItActiveAndTheEarlierEventsChangeNothing() {
		Subscription subscription = made();

		assertThat(apply(subscription, "charged", T0 + 3)).isTrue();
		assertThat(apply(subscription, "authenticated", T0 + 1)).isFalse();
		assertThat(apply(subscription, "activated", T0 + 2)).isFalse();

		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getPaymentMethod()).isEqualTo("UPI");
		assertThat(subscription.getLastReportAt()).isEqualTo(Instant.ofEpochSecond(T0 + 3));
	}

	@Test
	void aFailedChargeMakesItPastDueThenRestrictedAndPayingAgainMakesItActive() {
		Subscription subscription = made();
		apply(subscription, "charged", T0 + 3);

		assertThat(apply(subscription, "pending", CYCLE_END + 60)).isTrue();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
		assertThat(subscription.getPastDueSince()).isEqualTo(Instant.ofEpochSecond(CYCLE_END + 60));
		assertThat(apply(subscription, "halted", CYCLE_END + 3 * 86_400)).isTrue();
		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.RESTRICTED);
		assertThat(apply(subscription, "charged", CYCLE_END + 4 * 86_400)).isTrue();

		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.getPastDueSince()).isNull();
	}

	@Test
	void aLatePendingOlderThanTheChargeAppliedLeavesItActive() {
		Subscription subscription = made();
		apply(subscription, "charged", T0 + 10);

		assertThat(apply(subscription, "pending", T0 + 5)).isFalse();
		assertThat(apply(subscription, "halted", T0 + 6)).isFalse();

		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void anEndedSubscriptionStaysEndedWhateverComesAfter() {
		Subscription subscription = made();
		apply(subscription, "charged", T0 + 3);

		assertThat(apply(subscription, "cancelled", CYCLE_END)).isTrue();
		assertThat(apply(subscription, "charged", CYCLE_END + 10)).isFalse();
		assertThat(apply(subscription, "activated", CYCLE_END + 20)).isFalse();

		assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		assertThat(subscription.getEndedAt()).isEqualTo(Instant.ofEpochSecond(CYCLE_END));
	}

	@Test
	void aPlanChangeAuthorisedReplacesTheSubscriptionItWasChosenOverWhichRazorpayIsToCancelAtItsCycleEnd() {
		Subscription old = made();
		apply(old, "charged", T0 + 3);
		Subscription upgrade = Subscription.create(old.getClinicId(), TestPlans.clinicPlus(),
				Instant.ofEpochSecond(T0 + 100), Instant.ofEpochSecond(CYCLE_END), new java.math.BigDecimal("685.17"),
				old, Actor.system(), Instant.ofEpochSecond(T0 + 100));
		upgrade.madeAtGateway("sub_upgrade", "https://rzp.example/sub_upgrade", Instant.ofEpochSecond(T0 + 101));
		when(subscriptions.findForUpdate(old.getId())).thenReturn(Optional.of(old));
		when(subscriptions.save(any())).then(invocation -> invocation.getArgument(0));

		assertThat(apply(upgrade, "authenticated", T0 + 200)).isTrue();
		assertThat(apply(upgrade, "authenticated", T0 + 200)).isFalse();

		assertThat(upgrade.getStatus()).isEqualTo(SubscriptionStatus.AUTHENTICATED);
		assertThat(old.getReplacedById()).isEqualTo(upgrade.getId());
		assertThat(old.isCancelAtCycleEnd()).isTrue();
		assertThat(old.isGatewayCancelDue()).isTrue();
		assertThat(old.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	private Subscription made() {
		Subscription subscription = Subscription.create(UUID.randomUUID(), clinic, Instant.ofEpochSecond(T0 - 60), null,
				null, null, Actor.system(), Instant.ofEpochSecond(T0 - 60));
		subscription.madeAtGateway("sub_" + subscription.getId(), "https://rzp.example/sub",
				Instant.ofEpochSecond(T0 - 59));
		return subscription;
	}

	/** Applies a {@code subscription.<action>} webhook created at {@code seconds}. */
	private boolean apply(Subscription subscription, String action, long seconds) {
		JsonNode root = JSON.readTree(webhook(subscription, action, seconds));
		JsonNode entity = root.path("payload").path("subscription").path("entity");
		JsonNode payment = root.path("payload").path("payment").path("entity");
		Instant at = Instant.ofEpochSecond(root.path("created_at").asLong());
		return reports.apply(subscription,
				RazorpaySubscriptionEvents.report(GatewayReports.statusOf(action), entity, payment, at), at);
	}

	private static String webhook(Subscription subscription, String action, long seconds) {
		boolean paid = action.equals("charged") || action.equals("activated");
		String status = switch (action) {
			case "charged", "activated" -> "active";
			default -> action;
		};
		return """
				{"entity":"event","account_id":"acc_test","event":"subscription.%s",
				 "contains":["subscription"%s],
				 "payload":{"subscription":{"entity":{"id":"%s","entity":"subscription","plan_id":"plan_test",
				   "status":"%s","current_start":%s,"current_end":%s,"charge_at":%s,"paid_count":%d,
				   "payment_method":"upi","notes":{"subscriptionId":"%s"}}}%s},
				 "created_at":%d}
				""".formatted(action, paid ? ",\"payment\"" : "", subscription.getGatewaySubscriptionId(), status,
				paid ? T0 : "null", paid ? CYCLE_END : "null", paid ? CYCLE_END : "null", paid ? 1 : 0,
				subscription.getId(), paid ? """
						,"payment":{"entity":{"id":"pay_%d","entity":"payment","amount":117882,"currency":"INR",
						 "status":"captured","method":"upi","invoice_id":"inv_test","created_at":%d}}"""
					.formatted(seconds, seconds) : "",
				seconds);
	}

}
