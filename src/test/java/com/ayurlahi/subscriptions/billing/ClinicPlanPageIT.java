package com.ayurlahi.subscriptions.billing;

import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC;
import static com.ayurlahi.subscriptions.billing.BillingFixture.CLINIC_PLUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The clinic's "Plan and billing" page: what it says on the trial, the confirmation of a
 * choice (as a page and in place), the way to Razorpay's page and back, and what it says
 * once subscribed: the plan, the method, the next charge, the charges, cancelling.
 */
@IntegrationTest
class ClinicPlanPageIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	SandboxSubscriptions sandbox;

	@Autowired
	MovableClock clock;

	private OwnedClinic clinic;

	@BeforeEach
	void aNewClinicInThePlatformsState() {
		clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void onItsTrialThePageSaysSoAndOffersThePlansWithTheirPricesAndTheInvoicesLoadWithHtmx() {
		MvcTestResult page = get("/clinic/plan");

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Plan and billing")
			.contains("data-testid=\"nav-plan\"")
			.containsPattern("data-testid=\"plan-state\">Trial of Clinic until \\d{1,2} \\w{3} \\d{4}<")
			.contains("data-testid=\"plan-usage\">0 orders (unlimited)<")
			.contains("Unlimited orders", "Ordering on WhatsApp")
			.contains("Clinic Plus", "₹2,499.00", "₹2,948.82 with GST", "₹999.00", "₹1,178.82 with GST")
			.contains("data-testid=\"choose-CLINIC_PLUS\"", ">Subscribe<")
			.contains("₹2,948.82 charged on authorisation")
			.contains("Your clinic needs no subscription for the Free plan.")
			.contains("hx-get=\"/clinic/plan/invoices\"", "hx-trigger=\"load\"", "href=\"/clinic/plan/invoices\"")
			.contains("No charges yet.")
			.doesNotContain("data-testid=\"cancel-subscription\"");
		assertThat(mvc.get().uri("/clinic/plan").with(Accounts.login(Accounts.create(users, Role.MANUFACTURER))))
			.hasStatus(403);
	}

	@Test
	void choosingAPlanConfirmsFirstThenSendsTheClinicToRazorpaysPageAndTheWaitingSubscriptionShows() {
		MvcTestResult confirmation = get("/clinic/plan/change?planId=" + CLINIC);
		assertThat(confirmation).hasStatusOk();
		assertThat(confirmation).bodyText()
			.contains("Clinic applies as soon as you authorise the mandate: ₹1,178.82 (GST included) is charged then")
			.contains("Confirm and authorise at Razorpay")
			.contains("<html");
		MvcTestResult inPlace = mvc.get()
			.uri("/clinic/plan/change?planId=" + CLINIC)
			.header("HX-Request", "true")
			.with(Accounts.login(clinic.owner()))
			.exchange();
		assertThat(inPlace).hasStatusOk();
		assertThat(inPlace).bodyText()
			.contains("data-testid=\"plan-change-confirmation\"")
			.contains("Confirm and authorise at Razorpay")
			.doesNotContain("<html");

		MvcTestResult chosen = mvc.post()
			.uri("/clinic/plan/change")
			.param("planId", CLINIC.toString())
			.with(csrf())
			.with(Accounts.login(clinic.owner()))
			.exchange();

		Subscription waiting = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.clinic().getId()).getFirst();
		assertThat(chosen).hasStatus3xxRedirection().hasRedirectedUrl(waiting.getAuthorisationUrl());
		assertThat(waiting.getAuthorisationUrl()).contains("/sandbox/razorpay/subscriptions/");
		assertThat(get("/clinic/plan")).bodyText()
			.contains("data-testid=\"waiting-for-authorisation\"")
			.contains("href=\"" + waiting.getAuthorisationUrl() + "\"")
			.contains("data-testid=\"cancel-subscription\"");
		MvcTestResult another = mvc.post()
			.uri("/clinic/plan/change")
			.param("planId", CLINIC_PLUS.toString())
			.with(csrf())
			.with(Accounts.login(clinic.owner()))
			.exchange();
		assertThat(another).hasStatus3xxRedirection().hasRedirectedUrl("/clinic/plan");
		assertThat(another).flash()
			.extractingByKey(FlashMessage.ATTRIBUTE)
			.satisfies(flash -> assertThat(((FlashMessage) flash).text())
				.startsWith("Your subscription to Clinic is waiting for you to authorise the mandate"));
	}

	@Test
	void subscribedThePageShowsThePlanItsMethodTheNextChargeTheChargesAndTheUpgradesAmountBeforeConfirming() {
		Subscription active = subscribed(CLINIC, Method.UPI);

		MvcTestResult page = get("/clinic/plan");

		assertThat(page).bodyText()
			.contains("data-testid=\"plan-state\">Clinic: active<")
			.contains("data-testid=\"payment-method\">UPI AutoPay<")
			.containsPattern("data-testid=\"next-charge\"[^>]*>₹1,178.82 on \\d{1,2} \\w{3} \\d{4}<")
			.contains("data-testid=\"charge-row\"", "₹1,178.82")
			.contains("Your plan")
			.contains("data-testid=\"choose-CLINIC_PLUS\"", ">Upgrade<")
			.contains("data-testid=\"choose-FREE\"", ">Move to Free<")
			.contains("data-testid=\"cancel-subscription\"");

		MvcTestResult upgrade = mvc.get()
			.uri("/clinic/plan/change?planId=" + CLINIC_PLUS)
			.header("HX-Request", "true")
			.with(Accounts.login(clinic.owner()))
			.exchange();
		assertThat(upgrade).bodyText()
			.contains("Clinic Plus applies as soon as you authorise the mandate.")
			.contains("data-testid=\"upfront-charge\"", "CGST", "SGST", "Charged on authorisation")
			.contains("data-testid=\"upfront-total\"");

		MvcTestResult cancel = get("/clinic/plan/cancel");
		assertThat(cancel).bodyText()
			.contains("Clinic</span> applies until the end of the paid cycle")
			.contains("Yes, cancel");
		MvcTestResult cancelled = mvc.post()
			.uri("/clinic/plan/cancel")
			.with(csrf())
			.with(Accounts.login(clinic.owner()))
			.exchange();
		assertThat(cancelled).hasStatus3xxRedirection().hasRedirectedUrl("/clinic/plan");
		assertThat(subscriptions.findById(active.getId()).orElseThrow().isCancelAtCycleEnd()).isTrue();
		assertThat(get("/clinic/plan")).bodyText().containsPattern("Cancelled: Clinic applies until \\d");
	}

	private Subscription subscribed(UUID planId, Method method) {
		mvc.post()
			.uri("/clinic/plan/change")
			.param("planId", planId.toString())
			.with(csrf())
			.with(Accounts.login(clinic.owner()))
			.exchange();
		Subscription waiting = subscriptions.findByClinicIdOrderByCreatedAtDesc(clinic.clinic().getId()).getFirst();
		sandbox.authorise(waiting.getGatewaySubscriptionId(), method);
		await()
			.until(() -> subscriptions.findById(waiting.getId()).orElseThrow().getStatus() == SubscriptionStatus.ACTIVE
					&& charges.findByClinicIdOrderByChargedAtDesc(clinic.clinic().getId()).size() == 1);
		return subscriptions.findById(waiting.getId()).orElseThrow();
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(Accounts.login(clinic.owner())).exchange();
	}

}
