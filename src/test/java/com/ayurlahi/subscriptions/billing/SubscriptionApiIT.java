package com.ayurlahi.subscriptions.billing;

import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC;
import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC_PLUS;
import static com.ayurlahi.subscriptions.billing.BillingFixture.FREE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Delivery;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * {@code /api/subscriptions}: the plans for any signed-in user, and for a clinic owner
 * its plan and usage, subscribing, changing and cancelling, with their status codes,
 * bodies and problem+json refusals naming the field.
 */
@IntegrationTest
class SubscriptionApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	private Api api;

	private OwnedClinic clinic;

	@BeforeEach
	void aNewClinic() {
		api = new Api(mvc, tokens);
		clinic = Profiles.approvedClinic(users, clinics, IndianState.TAMIL_NADU);
	}

	@AfterEach
	void deliverWebhooksNormally() {
		sandbox.deliverWebhooks(Delivery.NORMAL);
		clock.reset();
	}

	@Test
	void everySignedInRoleSeesThePlansWithTheirPricesWithAndWithoutGstAndTheirFeatures() {
		User maker = Accounts.create(users, Role.MANUFACTURER);

		MvcTestResult plans = api.get(maker, "/api/subscriptions/plans");

		assertThat(plans).hasStatusOk();
		assertThat(plans).bodyJson().extractingPath("$[*].code").asArray().contains("FREE", "CLINIC", "CLINIC_PLUS");
		assertThat(plans).bodyJson()
			.extractingPath("$[?(@.code=='CLINIC')].monthlyPrice")
			.asArray()
			.containsExactly(999.0);
		assertThat(plans).bodyJson()
			.extractingPath("$[?(@.code=='CLINIC')].monthlyTotal")
			.asArray()
			.containsExactly(1178.82);
		assertThat(plans).bodyJson()
			.extractingPath("$[?(@.code=='CLINIC_PLUS')].features.disputeWindowDays")
			.asArray()
			.containsExactly(15);
		assertThat(plans).bodyJson()
			.extractingPath("$[?(@.code=='FREE')].features.ordersPerMonth")
			.asArray()
			.containsExactly(10);
		assertThat(mvc.get().uri("/api/subscriptions/plans").exchange()).hasStatus(401);
	}

	@Test
	void aNewClinicIsOnItsTrialWithNoSubscription() {
		MvcTestResult me = api.get(clinic.owner(), "/api/subscriptions/me");

		assertThat(me).hasStatusOk();
		assertThat(me).bodyJson().extractingPath("$.state").isEqualTo("TRIAL");
		assertThat(me).bodyJson().extractingPath("$.plan.code").isEqualTo("CLINIC");
		assertThat(me).bodyJson().extractingPath("$.features.whatsappOrdering").isEqualTo(true);
		assertThat(me).bodyJson().extractingPath("$.usage.ordersThisMonth").isEqualTo(0);
		assertThat(me).bodyJson().extractingPath("$.usage.limit").isNull();
		assertThat(me).bodyJson().extractingPath("$.until").isNotNull();
		assertThat(me).bodyJson().extractingPath("$.subscription").isNull();
		assertThat(api.get(Accounts.create(users, Role.MANUFACTURER), "/api/subscriptions/me")).hasStatus(403);
	}

	@Test
	void subscribingAnswers201WithThePageToAuthoriseAndTheSameWaitingSubscriptionWhenAskedAgain() {
		MvcTestResult created = subscribe(clinic.owner(), CLINIC);

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("CREATED");
		assertThat(created).bodyJson()
			.extractingPath("$.authorisationUrl")
			.asString()
			.contains("/sandbox/razorpay/subscriptions/sub_");
		String id = (String) Api.json(created).get("subscriptionId");
		assertThat(subscribe(clinic.owner(), CLINIC)).bodyJson().extractingPath("$.subscriptionId").isEqualTo(id);
		assertThat(subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.clinic().getId())).hasSize(1);

		MvcTestResult another = subscribe(clinic.owner(), CLINIC_PLUS);
		assertThat(another).hasStatus(409);
		assertThat(another).bodyJson().extractingPath("$.errors[0].field").isEqualTo("planId");
		assertThat(another).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Your subscription to Clinic is waiting for you to authorise the mandate at http");
		assertThat(api.get(clinic.owner(), "/api/subscriptions/me")).bodyJson()
			.extractingPath("$.waitingForAuthorisation.subscriptionId")
			.isEqualTo(id);
	}

	@Test
	void badInputIsA400NamingTheFieldAndRefusalsA409NamingPlanId() {
		assertField(api.post(clinic.owner(), "/api/subscriptions", "{\"planId\":\"gold\"}"), 400, "planId");
		assertField(api.post(clinic.owner(), "/api/subscriptions", "{}"), 400, "planId");
		assertField(api.post(clinic.owner(), "/api/subscriptions", "{\"planId\":\"" + UUID.randomUUID() + "\"}"), 400,
				"planId");
		assertField(subscribe(clinic.owner(), FREE), 409, "planId");
		assertField(api.post(clinic.owner(), "/api/subscriptions/me/change", "{\"planId\":\"" + FREE + "\"}"), 409,
				"planId");
		assertField(api.post(clinic.owner(), "/api/subscriptions/me/cancel", "{}"), 400, "atCycleEnd");
		MvcTestResult nothing = api.post(clinic.owner(), "/api/subscriptions/me/cancel", "{\"atCycleEnd\":true}");
		assertField(nothing, 409, "atCycleEnd");
		assertThat(nothing).bodyJson().extractingPath("$.detail").isEqualTo("You have no subscription to cancel.");
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		MvcTestResult unapproved = subscribe(pending.owner(), CLINIC);
		assertField(unapproved, 409, "planId");
		assertThat(unapproved).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Your clinic can subscribe once the Ayurlahi team has approved its profile");
		assertThat(subscribe(Accounts.create(users, Role.MANUFACTURER), CLINIC)).hasStatus(403);
		assertThat(subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.clinic().getId())).isEmpty();
	}

	@Test
	void anActiveSubscriptionShowsInMeAndAnUpgradeAnswersItsChargeAndCancellingAtTheCycleEndItsLastDay() {
		MvcTestResult created = subscribe(clinic.owner(), CLINIC);
		UUID id = UUID.fromString((String) Api.json(created).get("subscriptionId"));
		sandbox.authorise(subscriptions.findById(id).orElseThrow().getGatewaySubscriptionId(), Method.UPI);
		org.awaitility.Awaitility.await()
			.until(() -> subscriptions.findById(id).orElseThrow().getStatus() == SubscriptionStatus.ACTIVE);

		MvcTestResult me = api.get(clinic.owner(), "/api/subscriptions/me");
		assertThat(me).bodyJson().extractingPath("$.state").isEqualTo("SUBSCRIPTION");
		assertThat(me).bodyJson().extractingPath("$.subscription.id").isEqualTo(id.toString());
		assertThat(me).bodyJson().extractingPath("$.subscription.status").isEqualTo("ACTIVE");
		assertThat(me).bodyJson().extractingPath("$.subscription.paymentMethod").isEqualTo("UPI");
		assertThat(me).bodyJson().extractingPath("$.subscription.cancelAtCycleEnd").isEqualTo(false);
		assertThat(me).bodyJson().extractingPath("$.subscription.currentEnd").isNotNull();
		assertThat(me).bodyJson().extractingPath("$.nextChargeAmount").isEqualTo(1178.82);
		assertField(subscribe(clinic.owner(), CLINIC_PLUS), 409, "planId");

		MvcTestResult upgrade = api.post(clinic.owner(), "/api/subscriptions/me/change",
				"{\"planId\":\"" + CLINIC_PLUS + "\"}");
		assertThat(upgrade).hasStatus(201);
		assertThat(upgrade).bodyJson().extractingPath("$.change").isEqualTo("UPGRADE");
		assertThat(upgrade).bodyJson().extractingPath("$.status").isEqualTo("CREATED");
		assertThat(upgrade).bodyJson()
			.extractingPath("$.chargedNow")
			.asNumber()
			.satisfies(amount -> assertThat(amount.doubleValue()).isGreaterThan(0).isLessThanOrEqualTo(1770.00));

		MvcTestResult cancelled = api.post(clinic.owner(), "/api/subscriptions/me/cancel", "{\"atCycleEnd\":true}");
		assertThat(cancelled).hasStatusOk();
		assertThat(cancelled).bodyJson().extractingPath("$.until").isNotNull();
		assertThat(cancelled).bodyJson()
			.extractingPath("$.message")
			.asString()
			.startsWith("Your subscription is cancelled: it applies until ");
		assertThat(api.get(clinic.owner(), "/api/subscriptions/me")).bodyJson()
			.extractingPath("$.subscription.cancelAtCycleEnd")
			.isEqualTo(true);
	}

	private MvcTestResult subscribe(User caller, UUID planId) {
		return api.post(caller, "/api/subscriptions", "{\"planId\":\"" + planId + "\"}");
	}

	private static void assertField(MvcTestResult result, int status, String field) {
		assertThat(result).hasStatus(status);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

}
