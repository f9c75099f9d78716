package com.ayurlahi.subscriptions.billing;

import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC;
import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC_PLUS;
import static com.ayurlahi.subscriptions.billing.BillingFixture.assertMoney;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.test.Api;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.notifications.Notification;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.subscriptions.ChargeRefunds;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory.Kind;
import com.ayurlahi.subscriptions.SubscriptionHistories;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.PlanChangeQuote;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionBilling;
import com.ayurlahi.subscriptions.SubscriptionBilling.Cancellation;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionStart;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.HeldWebhook;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * A clinic's subscription through the sandbox, which authorises, charges and reports as
 * Razorpay does: subscribing and authorising, each charge recorded once however its
 * webhooks arrive, renewals on a moved clock, dunning (past due, restricted after the
 * grace period, paid again), an upgrade with its prorated upfront charge, a downgrade and
 * a cancellation at the end of the paid cycle, a lost webhook recovered by the
 * reconciliation job, and an admin's refund of a charge with its credit note.
 */
@IntegrationTest
class SubscriptionBillingIT {

	@Autowired
	SubscriptionBilling billing;

	@Autowired
	Entitlements entitlements;

	@Autowired
	ChargeRefunds refunds;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	JobRunner jobs;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	JwtTokens tokens;

	@Autowired
	SubscriptionHistories histories;

	private BillingFixture fixture;

	private OwnedClinic clinic;

	private AuthenticatedUser owner;

	@BeforeEach
	void aClinicInThePlatformsState() {
		fixture = new BillingFixture(mvc, jdbc, subscriptions, charges, sandbox, clock);
		clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		owner = Accounts.principal(clinic.owner());
	}

	@AfterEach
	void deliverWebhooksNormallyAtTheRealTime() {
		sandbox.deliverWebhooks(Delivery.NORMAL);
		sandbox.takeHeldWebhooks();
		clock.reset();
	}

	@Test
	void subscribingAndAuthorisingMakesItActiveWithOneChargeHoweverOftenAndInWhateverOrderItsWebhooksArrive() {
		SubscriptionStart start = billing.subscribe(owner, CLINIC);
		assertThat(start.status()).isEqualTo(SubscriptionStatus.CREATED);
		assertThat(start.authorisationUrl()).contains("/sandbox/razorpay/subscriptions/sub_");
		assertThat(billing.subscribe(owner, CLINIC)).isEqualTo(start);
		Subscription created = fixture.subscription(start.subscriptionId());
		sandbox.deliverWebhooks(Delivery.HOLD);

		sandbox.authorise(created.getGatewaySubscriptionId(), Method.UPI);
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		assertThat(held).extracting(HeldWebhook::type)
			.containsExactly("subscription.authenticated", "subscription.activated", "subscription.charged");
		for (HeldWebhook webhook : held.reversed()) {
			assertThat(fixture.post(webhook)).bodyJson().extractingPath("$.status").isEqualTo("accepted");
			fixture.awaitWebhooksApplied();
		}
		for (HeldWebhook webhook : held) {
			assertThat(fixture.post(webhook)).bodyJson().extractingPath("$.status").isEqualTo("duplicate");
		}
		fixture.awaitWebhooksApplied();

		Subscription active = fixture.subscription(start.subscriptionId());
		assertThat(active.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(active.getPaymentMethod()).isEqualTo("UPI");
		assertThat(active.getCurrentEnd()).isAfter(clock.instant().plus(Duration.ofDays(27)));
		// charged first: it made the subscription active; the older two changed nothing
		assertThat(fixture.outcomes(held)).containsExactly("NO_CHANGE", "NO_CHANGE", "APPLIED");
		List<SubscriptionCharge> recorded = fixture.chargesOf(start.subscriptionId());
		assertThat(recorded).singleElement().satisfies(charge -> {
			assertThat(charge.getKind()).isEqualTo(SubscriptionCharge.Kind.RENEWAL);
			// ₹999.00 + CGST ₹89.91 + SGST ₹89.91
			assertMoney(charge.getAmount(), "1178.82");
			assertMoney(charge.getTaxableValue(), "999.00");
			assertThat(charge.getPeriodEnd()).isEqualTo(active.getCurrentEnd());
		});
		assertThat(fixture.auditActions(SubscriptionCharge.ENTITY, recorded.getFirst().getId()))
			.containsExactly("SUBSCRIPTION_CHARGED");
		assertThat(fixture.auditActions(Subscription.ENTITY, start.subscriptionId()))
			.containsSubsequence("SUBSCRIPTION_CREATED", "SUBSCRIPTION_MADE_AT_GATEWAY", "SUBSCRIPTION_ACTIVATED");
		Entitlement entitlement = entitlements.of(clinic.clinic().getId());
		assertThat(entitlement.source()).isEqualTo(Source.SUBSCRIPTION);
		assertThat(entitlement.plan().getId()).isEqualTo(CLINIC);
		await().untilAsserted(() -> assertThat(invoiceTotalOf(recorded.getFirst().getId())).isEqualTo("1178.82"));
	}

	@Test
	void eachRenewalOnTheMovedClockIsChargedAndTheCycleMovesOn() {
		Subscription active = subscribed(CLINIC, Method.EMANDATE);
		Instant firstEnd = active.getCurrentEnd();

		fixture.moveClockPast(firstEnd);
		fixture.renew(active);
		fixture.awaitWebhooksApplied();

		Subscription renewed = fixture.subscription(active.getId());
		assertThat(renewed.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(renewed.getPaidCount()).isEqualTo(2);
		assertThat(renewed.getCurrentStart()).isEqualTo(firstEnd);
		assertThat(renewed.getCurrentEnd()).isEqualTo(firstEnd.atZone(IndianTime.ZONE).plusMonths(1).toInstant());
		assertThat(fixture.chargesOf(active.getId())).hasSize(2).allSatisfy(charge -> {
			assertThat(charge.getKind()).isEqualTo(SubscriptionCharge.Kind.RENEWAL);
			assertMoney(charge.getAmount(), "1178.82");
			assertThat(charge.getPaymentMethod()).isEqualTo("EMANDATE");
		});
		assertThat(fixture.chargesOf(active.getId()).getLast().getPeriodStart()).isEqualTo(firstEnd);
	}

	@Test
	void aFailedRenewalMakesItPastDueThenTheGracePeriodRestrictsItAndPayingAgainRestoresIt() {
		Subscription active = subscribed(CLINIC, Method.UPI);
		sandbox.failNextCharges(active.getGatewaySubscriptionId(), 4);

		fixture.moveClockPast(active.getCurrentEnd());
		fixture.renew(active);
		fixture.awaitWebhooksApplied();

		Subscription pastDue = fixture.subscription(active.getId());
		assertThat(pastDue.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
		Entitlement grace = entitlements.of(clinic.clinic().getId());
		assertThat(grace.source()).isEqualTo(Source.PAST_DUE);
		assertThat(grace.plan().getId()).isEqualTo(CLINIC);
		assertThat(grace.until()).isEqualTo(pastDue.getPastDueSince().plus(Duration.ofDays(7)));
		await().untilAsserted(() -> assertThat(notificationsOf(Level.WARNING))
			.anySatisfy(message -> assertThat(message).startsWith("Razorpay could not take the payment for your "
					+ "Clinic plan. It tries again over the next days; unless it is paid by ")));

		clock.moveBy(Duration.ofDays(8));
		JobRun run = jobs.run("subscription-reconciliation").orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).contains("restricted after the grace period");
		assertThat(fixture.subscription(active.getId()).getStatus()).isEqualTo(SubscriptionStatus.RESTRICTED);
		Entitlement restricted = entitlements.of(clinic.clinic().getId());
		assertThat(restricted.source()).isEqualTo(Source.RESTRICTED);
		assertThat(restricted.plan().getCode()).isEqualTo("FREE");
		await().untilAsserted(() -> assertThat(notificationsOf(Level.DANGER)).anySatisfy(message -> assertThat(message)
			.startsWith("Your Clinic subscription is unpaid: your clinic has the Free")));

		sandbox.payNow(active.getGatewaySubscriptionId());
		fixture.awaitWebhooksApplied();

		Subscription paid = fixture.subscription(active.getId());
		assertThat(paid.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(paid.getPastDueSince()).isNull();
		assertThat(fixture.chargesOf(active.getId())).hasSize(2);
		assertThat(entitlements.of(clinic.clinic().getId()).source()).isEqualTo(Source.SUBSCRIPTION);
		await().untilAsserted(() -> assertThat(notificationsOf(Level.SUCCESS))
			.contains("Your Clinic subscription is paid up again: all its features are back."));
		assertThat(histories.of(clinic.clinic().getId()).timeline())
			.filteredOn(entry -> entry.kind() == Kind.PAST_DUE || entry.kind() == Kind.RESTRICTED
					|| entry.kind() == Kind.PAID_AGAIN)
			.extracting(ClinicSubscriptionHistory.Entry::kind)
			.containsExactly(Kind.PAST_DUE, Kind.RESTRICTED, Kind.PAID_AGAIN);
	}

	@Test
	void anUpgradeAppliesAtOnceChargesTheRestOfTheCycleOnAuthorisationAndTheNewPriceFromTheCycleEnd() {
		Subscription old = subscribed(CLINIC, Method.UPI);
		clock.moveBy(Duration.ofDays(10));
		Instant now = clock.instant();
		long daysInCycle = ChronoUnit.DAYS.between(day(old.getCurrentStart()), day(old.getCurrentEnd()));
		long daysLeft = ChronoUnit.DAYS.between(day(now), day(old.getCurrentEnd()));
		BigDecimal taxable = new BigDecimal("1500.00").multiply(BigDecimal.valueOf(daysLeft))
			.divide(BigDecimal.valueOf(daysInCycle), 2, RoundingMode.HALF_UP);
		BigDecimal halfGst = taxable.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
		BigDecimal expected = taxable.add(halfGst).add(halfGst);

		PlanChangeQuote quote = billing.quote(owner, CLINIC_PLUS);
		assertThat(quote.kind()).isEqualTo(PlanChangeQuote.Kind.UPGRADE);
		assertMoney(quote.chargedOnAuthorisation(), expected.toPlainString());
		SubscriptionStart start = billing.change(owner, CLINIC_PLUS).start();
		Subscription upgrade = fixture.subscription(start.subscriptionId());
		assertThat(upgrade.getStartsAt()).isEqualTo(old.getCurrentEnd());
		sandbox.authorise(upgrade.getGatewaySubscriptionId(), Method.CARD);
		fixture.awaitWebhooksApplied();

		assertThat(fixture.subscription(upgrade.getId()).getStatus()).isEqualTo(SubscriptionStatus.AUTHENTICATED);
		assertThat(fixture.chargesOf(upgrade.getId())).singleElement().satisfies(charge -> {
			assertThat(charge.getKind()).isEqualTo(SubscriptionCharge.Kind.UPFRONT);
			assertMoney(charge.getAmount(), expected.toPlainString());
			assertMoney(charge.getTaxableValue(), taxable.toPlainString());
			assertThat(charge.getPeriodEnd()).isEqualTo(old.getCurrentEnd());
		});
		Entitlement upgraded = entitlements.of(clinic.clinic().getId());
		assertThat(upgraded.plan().getId()).isEqualTo(CLINIC_PLUS);
		assertThat(upgraded.features().disputeWindowDays()).isEqualTo(15);
		await().untilAsserted(() -> {
			Subscription replaced = fixture.subscription(old.getId());
			assertThat(replaced.getReplacedById()).isEqualTo(upgrade.getId());
			assertThat(replaced.isCancelAtCycleEnd()).isTrue();
			assertThat(replaced.isGatewayCancelDue()).isFalse();
		});
		assertThat(fixture.auditActions(Subscription.ENTITY, old.getId())).contains("SUBSCRIPTION_REPLACED",
				"SUBSCRIPTION_GATEWAY_CANCEL_SENT");
		UUID upfrontCharge = fixture.chargesOf(upgrade.getId()).getFirst().getId();
		await().untilAsserted(() -> assertThat(invoiceTotalOf(upfrontCharge)).isEqualTo(expected.toPlainString()));

		fixture.moveClockPast(old.getCurrentEnd());
		fixture.renew(old);
		fixture.renew(upgrade);
		fixture.awaitWebhooksApplied();

		assertThat(fixture.subscription(old.getId()).getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		assertThat(fixture.subscription(upgrade.getId()).getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(fixture.chargesOf(old.getId())).hasSize(1);
		assertThat(fixture.chargesOf(upgrade.getId())).extracting(SubscriptionCharge::getKind)
			.containsExactly(SubscriptionCharge.Kind.UPFRONT, SubscriptionCharge.Kind.RENEWAL);
		assertMoney(fixture.chargesOf(upgrade.getId()).getLast().getAmount(), "2948.82");
		assertThat(entitlements.of(clinic.clinic().getId()).plan().getId()).isEqualTo(CLINIC_PLUS);
	}

	@Test
	void aDowngradeAppliesFromTheEndOfThePaidCycleAndChargesNothingBefore() {
		Subscription old = subscribed(CLINIC_PLUS, Method.UPI);

		PlanChangeQuote quote = billing.quote(owner, CLINIC);
		SubscriptionStart start = billing.change(owner, CLINIC).start();
		Subscription downgrade = fixture.subscription(start.subscriptionId());
		sandbox.authorise(downgrade.getGatewaySubscriptionId(), Method.UPI);
		fixture.awaitWebhooksApplied();

		assertThat(quote.kind()).isEqualTo(PlanChangeQuote.Kind.DOWNGRADE);
		assertThat(quote.effectiveFrom()).isEqualTo(old.getCurrentEnd());
		assertThat(fixture.subscription(downgrade.getId()).getStatus()).isEqualTo(SubscriptionStatus.AUTHENTICATED);
		assertThat(fixture.chargesOf(downgrade.getId())).isEmpty();
		assertThat(entitlements.of(clinic.clinic().getId()).plan().getId()).isEqualTo(CLINIC_PLUS);
		await().until(() -> !fixture.subscription(old.getId()).isGatewayCancelDue());

		fixture.moveClockPast(old.getCurrentEnd());
		assertThat(entitlements.of(clinic.clinic().getId()).plan().getId()).isEqualTo(CLINIC);
		fixture.renew(old);
		fixture.renew(downgrade);
		fixture.awaitWebhooksApplied();

		assertThat(fixture.subscription(old.getId()).getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		assertThat(fixture.subscription(downgrade.getId()).getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(fixture.chargesOf(old.getId())).hasSize(1);
		assertThat(fixture.chargesOf(downgrade.getId())).singleElement()
			.satisfies(charge -> assertMoney(charge.getAmount(), "1178.82"));
		assertThat(entitlements.of(clinic.clinic().getId()).source()).isEqualTo(Source.SUBSCRIPTION);
	}

	@Test
	void aCancellationAtTheCycleEndKeepsThePlanUntilThenAndEndsItWithoutAnotherCharge() {
		Subscription active = subscribed(CLINIC, Method.CARD);

		Cancellation cancellation = billing.cancel(owner, true);

		assertThat(cancellation.until()).isEqualTo(active.getCurrentEnd());
		await().until(() -> !fixture.subscription(active.getId()).isGatewayCancelDue());
		Entitlement stillPaid = entitlements.of(clinic.clinic().getId());
		assertThat(stillPaid.plan().getId()).isEqualTo(CLINIC);
		assertThat(stillPaid.until()).isEqualTo(active.getCurrentEnd());

		fixture.moveClockPast(active.getCurrentEnd());
		fixture.renew(active);
		fixture.awaitWebhooksApplied();

		assertThat(fixture.subscription(active.getId()).getStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
		assertThat(fixture.chargesOf(active.getId())).hasSize(1);
		Entitlement after = entitlements.of(clinic.clinic().getId());
		assertThat(after.source()).isEqualTo(Source.FREE);
		assertThat(after.plan().getCode()).isEqualTo("FREE");
	}

	@Test
	void aRenewalWhoseWebhooksWereLostIsRecordedByTheReconciliationJob() {
		Subscription active = subscribed(CLINIC, Method.UPI);
		sandbox.deliverWebhooks(Delivery.DROP);
		fixture.moveClockPast(active.getCurrentEnd());
		fixture.renew(active);
		assertThat(fixture.chargesOf(active.getId())).hasSize(1);
		sandbox.deliverWebhooks(Delivery.NORMAL);

		clock.moveBy(Duration.ofDays(1));
		JobRun run = jobs.run("subscription-reconciliation").orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).contains("with charges no webhook reported");
		Subscription synced = fixture.subscription(active.getId());
		assertThat(synced.getPaidCount()).isEqualTo(2);
		assertThat(synced.getCurrentStart()).isEqualTo(active.getCurrentEnd());
		assertThat(fixture.chargesOf(active.getId())).hasSize(2).last().satisfies(charge -> {
			assertMoney(charge.getAmount(), "1178.82");
			assertThat(charge.getPeriodStart()).isEqualTo(active.getCurrentEnd());
		});
		jobs.run("subscription-reconciliation").orElseThrow();
		assertThat(fixture.chargesOf(active.getId())).hasSize(2);
	}

	@Test
	void aSubscriptionNotAuthorisedWithinTwoDaysIsGivenUpAndCancelledAtRazorpay() {
		SubscriptionStart start = billing.subscribe(owner, CLINIC);
		String gatewayId = fixture.subscription(start.subscriptionId()).getGatewaySubscriptionId();

		clock.moveBy(Duration.ofDays(2).plusMinutes(1));
		JobRun run = jobs.run("subscription-reconciliation").orElseThrow();

		assertThat(jobs.jobNames()).contains("subscription-reconciliation");
		assertThat(run.exitDescription()).contains("given up unauthorised");
		Subscription expired = fixture.subscription(start.subscriptionId());
		assertThat(expired.getStatus()).isEqualTo(SubscriptionStatus.EXPIRED);
		assertThat(expired.getEndedAt()).isNotNull();
		await().untilAsserted(() -> {
			assertThat(sandbox.fetch(gatewayId).status()).isEqualTo("cancelled");
			assertThat(fixture.subscription(start.subscriptionId()).isGatewayCancelDue()).isFalse();
		});
		fixture.awaitWebhooksApplied();
		assertThat(fixture.subscription(start.subscriptionId()).getStatus()).isEqualTo(SubscriptionStatus.EXPIRED);
		assertThat(entitlements.of(clinic.clinic().getId()).source()).isEqualTo(Source.TRIAL);
		SubscriptionStart again = billing.subscribe(owner, CLINIC);
		assertThat(again.subscriptionId()).isNotEqualTo(start.subscriptionId());
	}

	@Test
	void anAdminRefundsPartOfAChargeAndRazorpaysReportGivesTheCreditNote() {
		Subscription active = subscribed(CLINIC, Method.UPI);
		SubscriptionCharge charge = fixture.chargesOf(active.getId()).getFirst();

		assertThatThrownBy(
				() -> refunds.refundCharge(charge.getId(), new BigDecimal("1178.83"), "Too much", Profiles.ADMIN))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("amount");
				assertThat(refused.getMessage()).isEqualTo("At most ₹1,178.82 of this charge can be refunded.");
			});
		ChargeRefunds.ChargeRefundView refund = refunds.refundCharge(charge.getId(), new BigDecimal("117.88"),
				"Ten days of downtime", Profiles.ADMIN);
		fixture.awaitWebhooksApplied();

		await().untilAsserted(
				() -> assertMoney(charges.findById(charge.getId()).orElseThrow().getRefundedAmount(), "117.88"));
		assertThat(jdbc.sql("select status from subscription_refunds where id = :id")
			.param("id", refund.id())
			.query(String.class)
			.single()).isEqualTo("PROCESSED");
		assertThat(fixture.auditActions("SubscriptionRefund", refund.id())).contains("SUBSCRIPTION_REFUND_REQUESTED");
		assertThat(fixture.auditActions(SubscriptionCharge.ENTITY, charge.getId()))
			.contains("SUBSCRIPTION_CHARGE_REFUNDED");
		// The credit note is issued in the background, after its PDF (slow in a loaded
		// test JVM): wait for it to exist, then for its total.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select total from invoices where subscription_charge_id = :id and kind = 'SUBSCRIPTION_CREDIT_NOTE'
					""").param("id", charge.getId()).query(BigDecimal.class).optional())
				.hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("117.88")));
		assertThatThrownBy(
				() -> refunds.refundCharge(charge.getId(), new BigDecimal("1060.95"), "More", Profiles.ADMIN))
			.hasMessage("At most ₹1,060.94 of this charge can be refunded.");
	}

	@Test
	void anAdminRefundsAChargeFromTheClinicsPageOrTheApiAndSupportMayNot() {
		Subscription active = subscribed(CLINIC, Method.CARD);
		SubscriptionCharge charge = fixture.chargesOf(active.getId()).getFirst();
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);
		String page = "/admin/subscriptions/clinics/" + clinic.clinic().getId();

		assertThat(mvc.get().uri(page).with(Accounts.login(admin))).hasStatusOk()
			.bodyText()
			.contains("Refund a charge", charge.getGatewayPaymentId(), "₹1,178.82");
		assertThat(mvc.post()
			.uri(page + "/refunds")
			.param("chargeId", charge.getId().toString())
			.param("amount", "2000.00")
			.param("reason", "Too much")
			.with(csrf())
			.with(Accounts.login(admin))).hasStatusOk()
			.bodyText()
			.contains("At most ₹1,178.82 of this charge can be refunded.");
		assertThat(mvc.post()
			.uri(page + "/refunds")
			.param("chargeId", charge.getId().toString())
			.param("amount", "100.00")
			.param("reason", "Support says so")
			.with(csrf())
			.with(Accounts.login(support))).hasStatus(403);
		assertThat(mvc.post()
			.uri(page + "/refunds")
			.param("chargeId", charge.getId().toString())
			.param("amount", "100.00")
			.param("reason", "Two days down")
			.with(csrf())
			.with(Accounts.login(admin))).hasStatus3xxRedirection().hasRedirectedUrl(page);

		Api api = new Api(mvc, tokens);
		MvcTestResult bad = api.post(admin, "/api/admin/subscriptions/charges/" + charge.getId() + "/refund",
				"{\"amount\": \"ten\", \"reason\": \"x\"}");
		assertThat(bad).hasStatus(400);
		assertThat(bad).bodyJson().extractingPath("$.errors[0].field").isEqualTo("amount");
		assertThat(api.post(support, "/api/admin/subscriptions/charges/" + charge.getId() + "/refund",
				"{\"amount\": \"10.00\", \"reason\": \"x\"}"))
			.hasStatus(403);
		MvcTestResult accepted = api.post(admin, "/api/admin/subscriptions/charges/" + charge.getId() + "/refund",
				"{\"amount\": \"78.82\", \"reason\": \"One more day down\"}");
		assertThat(accepted).hasStatus(202);
		assertThat(accepted).bodyJson().extractingPath("$.amount").asNumber().isEqualTo(78.82);
		assertThat(accepted).bodyJson().extractingPath("$.chargeId").isEqualTo(charge.getId().toString());

		fixture.awaitWebhooksApplied();
		await().untilAsserted(
				() -> assertMoney(charges.findById(charge.getId()).orElseThrow().getRefundedAmount(), "178.82"));
		await().untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from invoices where subscription_charge_id = :id and kind = 'SUBSCRIPTION_CREDIT_NOTE'
				""").param("id", charge.getId()).query(Long.class).single()).isEqualTo(2));
	}

	/** A subscription to the plan, authorised with the method and active. */
	private Subscription subscribed(UUID planId, Method method) {
		SubscriptionStart start = billing.subscribe(owner, planId);
		sandbox.authorise(fixture.subscription(start.subscriptionId()).getGatewaySubscriptionId(), method);
		fixture.awaitWebhooksApplied();
		Subscription active = fixture.subscription(start.subscriptionId());
		assertThat(active.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
		return active;
	}

	private List<String> notificationsOf(Level level) {
		return notifications.unread(clinic.owner().getId(), 20)
			.stream()
			.filter(notification -> notification.level() == level)
			.map(Notification::message)
			.toList();
	}

	private String invoiceTotalOf(UUID chargeId) {
		return jdbc
			.sql("select total from invoices where subscription_charge_id = :id and kind = 'SUBSCRIPTION_INVOICE'")
			.param("id", chargeId)
			.query(BigDecimal.class)
			.optional()
			.map(BigDecimal::toPlainString)
			.orElse("none");
	}

	private static java.time.LocalDate day(Instant at) {
		return at.atZone(IndianTime.ZONE).toLocalDate();
	}

}
