package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.PlanGrant;
import com.ayurlahi.subscriptions.PlanGrants;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionOverview;
import com.ayurlahi.subscriptions.SubscriptionReports;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The team's subscription pages as ADMIN and SUPPORT see them (figures, subscribers with
 * the status filter and its htmx twin, past due, a clinic's history, plans), the forms
 * with their field errors, the one-button actions with their flash message, and the doors
 * closed to clinics and manufacturers and, for changes, to SUPPORT.
 */
@IntegrationTest
class AdminSubscriptionPagesIT {

	private static final List<String> PAGES = List.of("/admin/subscriptions", "/admin/subscriptions/subscribers",
			"/admin/subscriptions/subscribers?status=ACTIVE", "/admin/subscriptions/past-due",
			"/admin/subscriptions/plans");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	SubscriptionReports reports;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	Plans plans;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	PlanGrants grants;

	@Autowired
	Entitlements entitlements;

	@Autowired
	Clock clock;

	private SubscriptionRows rows;

	private User admin;

	private User support;

	@BeforeEach
	void setUp() {
		rows = new SubscriptionRows(subscriptions, charges, plans);
		admin = Accounts.create(users, Role.ADMIN);
		support = Accounts.create(users, Role.SUPPORT);
	}

	@Test
	void theOverviewShowsTheFiguresAndSaysWhatTheyCount() {
		rows.active(clinic(), SubscriptionRows.CLINIC_PLUS, clock.instant().minus(Duration.ofDays(2)));
		SubscriptionOverview overview = reports.overview();

		MvcTestResult page = mvc.get().uri("/admin/subscriptions").with(as(support)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(Api.body(page))
			.contains("data-testid=\"mrr\">" + Money.format(overview.monthlyRecurringRevenue()) + "<",
					"data-testid=\"active-count\">" + overview.active() + "<",
					"data-testid=\"past-due-count\">" + overview.pastDue() + "<",
					"data-testid=\"charges-this-month\">" + Money.format(overview.chargesThisMonth().amount()) + "<")
			.contains("What these figures count", "Monthly recurring revenue", "Churn over 30 days",
					"a plan change is not an end")
			.contains("data-testid=\"nav-subscriptions\"", "data-testid=\"month-row\"");
	}

	@Test
	void theSubscribersListFiltersByStatusInThePageAndItsHtmxTwin() {
		Instant now = clock.instant();
		Subscription late = rows.pastDue(rows.active(clinic(), SubscriptionRows.CLINIC, now.minus(Duration.ofDays(9))),
				now.minus(Duration.ofDays(1)));
		Subscription paid = rows.active(clinic(), SubscriptionRows.CLINIC, now.minus(Duration.ofMinutes(5)));

		MvcTestResult page = mvc.get()
			.uri("/admin/subscriptions/subscribers?status=PAST_DUE")
			.with(as(support))
			.exchange();
		MvcTestResult fragment = mvc.get()
			.uri("/admin/subscriptions/subscribers?status=PAST_DUE")
			.header("HX-Request", "true")
			.with(as(support))
			.exchange();
		MvcTestResult oddStatus = mvc.get()
			.uri("/admin/subscriptions/subscribers?status=NOPE")
			.with(as(support))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(Api.body(page))
			.contains("<html", "data-subscription=\"" + late.getId() + "\"",
					"<option value=\"PAST_DUE\" selected=\"selected\">Past due</option>", "UPI AutoPay")
			.doesNotContain("data-subscription=\"" + paid.getId() + "\"");
		assertThat(fragment).hasStatusOk();
		assertThat(Api.body(fragment))
			.contains("id=\"subscriber-results\"", "data-subscription=\"" + late.getId() + "\"")
			.doesNotContain("<html", "data-subscription=\"" + paid.getId() + "\"");
		assertThat(oddStatus).hasStatusOk();
		assertThat(Api.body(oddStatus)).contains("data-subscription=\"" + paid.getId() + "\"");
	}

	@Test
	void thePastDueListShowsWhenEachGracePeriodEnds() {
		Instant failed = clock.instant().minus(Duration.ofDays(2));
		UUID clinicId = clinic();
		Subscription late = rows.pastDue(
				rows.active(clinicId, SubscriptionRows.CLINIC_PLUS, clock.instant().minus(Duration.ofDays(20))),
				failed);

		MvcTestResult page = mvc.get().uri("/admin/subscriptions/past-due").with(as(admin)).exchange();

		assertThat(page).hasStatusOk();
		String graceEnd = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
			.withZone(IndianTime.ZONE)
			.format(failed.plus(Duration.ofDays(7)));
		assertThat(Api.body(page)).contains("data-subscription=\"" + late.getId() + "\"", graceEnd,
				clinics.find(clinicId).orElseThrow().getName());
	}

	@Test
	void anAdminGrantsAndRevokesAPlanOnTheClinicsPageWhichSupportOnlyReads() {
		UUID clinicId = clinic();
		String path = "/admin/subscriptions/clinics/" + clinicId;
		LocalDate lastDay = IndianTime.today(clock).plusDays(14);

		MvcTestResult supportPage = mvc.get().uri(path).with(as(support)).exchange();
		MvcTestResult supportGrant = mvc.post()
			.uri(path + "/grants")
			.with(as(support))
			.with(csrf())
			.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
			.param("until", lastDay.toString())
			.param("reason", "Support may not")
			.exchange();
		MvcTestResult pastDay = mvc.post()
			.uri(path + "/grants")
			.with(as(admin))
			.with(csrf())
			.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
			.param("until", IndianTime.today(clock).toString())
			.param("reason", "Too late")
			.exchange();
		MvcTestResult notADate = mvc.post()
			.uri(path + "/grants")
			.with(as(admin))
			.with(csrf())
			.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
			.param("until", "not a date")
			.param("reason", "Typo")
			.exchange();
		MvcTestResult noReason = mvc.post()
			.uri(path + "/grants")
			.with(as(admin))
			.with(csrf())
			.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
			.param("until", lastDay.toString())
			.param("reason", "")
			.exchange();
		MvcTestResult granted = mvc.post()
			.uri(path + "/grants")
			.with(as(admin))
			.with(csrf())
			.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
			.param("until", lastDay.toString())
			.param("reason", "Pilot partner")
			.exchange();
		MvcTestResult adminPage = mvc.get().uri(path).with(as(admin)).exchange();

		assertThat(supportPage).hasStatusOk();
		assertThat(Api.body(supportPage))
			.contains(clinics.find(clinicId).orElseThrow().getName(), "Support staff can look")
			.doesNotContain("data-testid=\"grant-form\"");
		assertThat(supportGrant).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(pastDay).hasStatusOk();
		assertThat(Api.body(pastDay))
			.contains("data-testid=\"error-until\">The grant&#39;s last day must be after today.<");
		assertThat(Api.body(notADate)).contains("data-testid=\"error-until\">Enter a date.<", "value=\"Typo\"");
		assertThat(Api.body(noReason)).contains("data-testid=\"error-reason\">Say why the clinic gets this plan.<");
		assertThat(granted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(path);
		assertThat(flash(granted))
			.isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS, "Clinic Plus is granted through "
					+ lastDay.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + "."));
		assertThat(entitlements.of(clinicId).source()).isEqualTo(Source.OVERRIDE);
		assertThat(Api.body(adminPage)).contains("data-testid=\"grant-form\"", "data-testid=\"revoke-grant\"",
				"Pilot partner", admin.getFullName(), "granted by the team");

		PlanGrant grant = grants.of(clinicId).getFirst();
		assertThat(grants.of(clinicId)).hasSize(1);
		String revokePath = path + "/grants/" + grant.id() + "/revoke";
		MvcTestResult supportRevoke = mvc.post().uri(revokePath).with(as(support)).with(csrf()).exchange();
		MvcTestResult revoked = mvc.post().uri(revokePath).with(as(admin)).with(csrf()).exchange();
		MvcTestResult again = mvc.post().uri(revokePath).with(as(admin)).with(csrf()).exchange();

		assertThat(supportRevoke).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(revoked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(path);
		assertThat(flash(revoked))
			.isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS, "The grant of Clinic Plus is revoked."));
		assertThat(flash(again))
			.isEqualTo(new FlashMessage(FlashMessage.Level.DANGER, "This grant was revoked already."));
		assertThat(entitlements.of(clinicId).source()).isNotEqualTo(Source.OVERRIDE);
	}

	@Test
	void anAdminCreatesVersionsAndRetiresPlansWhichSupportOnlyReads() {
		String code = "IT_PAGE_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();

		MvcTestResult oddPrice = createPlan(admin, code, "90000.03");
		MvcTestResult created = createPlan(admin, code.toLowerCase(), "90000.00");
		Plan plan = plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow();
		MvcTestResult supportList = mvc.get().uri("/admin/subscriptions/plans").with(as(support)).exchange();
		MvcTestResult adminList = mvc.get().uri("/admin/subscriptions/plans").with(as(admin)).exchange();
		MvcTestResult supportCreate = createPlan(support, code + "_S", "90000.00");
		MvcTestResult supportForm = mvc.get()
			.uri("/admin/subscriptions/plans/" + plan.getId() + "/new-version")
			.with(as(support))
			.exchange();
		MvcTestResult form = mvc.get()
			.uri("/admin/subscriptions/plans/" + plan.getId() + "/new-version")
			.with(as(admin))
			.exchange();

		assertThat(Api.body(oddPrice)).contains("data-testid=\"error-monthlyPrice\">₹90,000.03 comes to ₹1,06,200.03");
		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/subscriptions/plans");
		assertThat(flash(created)).isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS,
				"Page Test (" + code + ", version 1) is created and offered to clinics."));
		assertThat(plan.getMonthlyPrice()).isEqualByComparingTo("90000.00");
		assertThat(plan.getFeatures().ordersPerMonth()).isNull();
		assertThat(plan.getFeatures().disputeWindowDays()).isEqualTo(12);
		assertThat(Api.body(supportList))
			.contains("data-code=\"" + code + "\"", "₹90,000.00", "₹1,06,200.00", "Support staff can look")
			.doesNotContain("data-testid=\"plan-form\"", "data-testid=\"new-version\"");
		assertThat(Api.body(adminList)).contains("data-testid=\"plan-form\"", "data-testid=\"new-version\"",
				"/admin/subscriptions/plans/" + plan.getId() + "/retire");
		assertThat(supportCreate).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(supportForm).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(Api.body(form)).contains("New version of Page Test", "value=\"90000.00\"", "value=\"12\"");

		MvcTestResult versioned = mvc.post()
			.uri("/admin/subscriptions/plans/" + plan.getId() + "/new-version")
			.with(as(admin))
			.with(csrf())
			.param("name", "Page Test")
			.param("monthlyPrice", "95000")
			.param("ordersPerMonth", "40")
			.param("whatsappOrdering", "true")
			.param("disputeWindowDays", "12")
			.param("prioritySupport", "false")
			.exchange();
		Plan second = plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow();
		MvcTestResult confirmation = mvc.get()
			.uri("/admin/subscriptions/plans/" + second.getId() + "/retire")
			.with(as(admin))
			.exchange();
		MvcTestResult supportRetire = mvc.post()
			.uri("/admin/subscriptions/plans/" + second.getId() + "/retire")
			.with(as(support))
			.with(csrf())
			.exchange();
		MvcTestResult retired = mvc.post()
			.uri("/admin/subscriptions/plans/" + second.getId() + "/retire")
			.with(as(admin))
			.with(csrf())
			.exchange();
		MvcTestResult again = mvc.post()
			.uri("/admin/subscriptions/plans/" + second.getId() + "/retire")
			.with(as(admin))
			.with(csrf())
			.exchange();

		assertThat(versioned).hasStatus(HttpStatus.FOUND);
		assertThat(second.getVersion()).isEqualTo(2);
		assertThat(second.getFeatures().ordersPerMonth()).isEqualTo(40);
		assertThat(plans.findById(plan.getId()).orElseThrow().isRetired()).isTrue();
		assertThat(Api.body(confirmation)).contains("Retire Page Test v2?", "data-testid=\"confirm-retire\"");
		assertThat(supportRetire).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(flash(retired)).isEqualTo(new FlashMessage(FlashMessage.Level.SUCCESS,
				"Page Test version 2 is retired: no new subscribers; clinics on it keep it."));
		assertThat(flash(again))
			.isEqualTo(new FlashMessage(FlashMessage.Level.DANGER, "Page Test (version 2) is retired already."));
		assertThat(plans.findById(second.getId()).orElseThrow().isRetired()).isTrue();
	}

	@Test
	void clinicsAndManufacturersFindEveryPageClosed() {
		User clinicOwner = Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();
		User maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA).owner();
		UUID clinicId = clinic();
		List<String> pages = new ArrayList<>(PAGES);
		pages.add("/admin/subscriptions/clinics/" + clinicId);
		pages.add("/admin/subscriptions/plans/" + SubscriptionRows.CLINIC + "/new-version");
		pages.add("/admin/subscriptions/plans/" + SubscriptionRows.CLINIC + "/retire");

		for (User outsider : List.of(clinicOwner, maker)) {
			for (String page : pages) {
				assertThat(mvc.get().uri(page).with(as(outsider))).as(page).hasStatus(HttpStatus.FORBIDDEN);
			}
			assertThat(mvc.post()
				.uri("/admin/subscriptions/clinics/" + clinicId + "/grants")
				.with(as(outsider))
				.with(csrf())
				.param("planId", SubscriptionRows.CLINIC_PLUS.toString())
				.param("until", IndianTime.today(clock).plusDays(3).toString())
				.param("reason", "Outsider")).hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String page : PAGES) {
			assertThat(mvc.get().uri(page).with(as(support))).as(page).hasStatusOk();
		}
		assertThat(grants.of(clinicId)).isEmpty();
	}

	private MvcTestResult createPlan(User user, String code, String price) {
		return mvc.post()
			.uri("/admin/subscriptions/plans")
			.with(as(user))
			.with(csrf())
			.param("code", code)
			.param("name", "Page Test")
			.param("monthlyPrice", price)
			.param("ordersPerMonth", "")
			.param("whatsappOrdering", "false")
			.param("disputeWindowDays", "12")
			.param("prioritySupport", "true")
			.exchange();
	}

	private UUID clinic() {
		return Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
	}

	private static Object flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap().get(FlashMessage.ATTRIBUTE);
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

}
