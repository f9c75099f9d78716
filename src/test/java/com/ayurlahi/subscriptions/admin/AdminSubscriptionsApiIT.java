package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * {@code /api/admin/subscriptions}: the subscribers by status, a grant of a plan, and the
 * plan catalogue, with their status codes, bodies and problem+json naming the field.
 */
@IntegrationTest
class AdminSubscriptionsApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	Plans plans;

	@Autowired
	Entitlements entitlements;

	@Autowired
	Clock clock;

	private Api api;

	private User admin;

	private User support;

	@BeforeEach
	void setUp() {
		api = new Api(mvc, tokens);
		admin = Accounts.create(users, Role.ADMIN);
		support = Accounts.create(users, Role.SUPPORT);
	}

	@Test
	void theSubscribersComeAPageAtATimeByStatus() {
		Instant now = clock.instant();
		UUID clinicId = clinic();
		Subscription late = new SubscriptionRows(subscriptions, charges, plans)
			.pastDue(new SubscriptionRows(subscriptions, charges, plans).active(clinicId, SubscriptionRows.CLINIC,
					now.minus(Duration.ofDays(31))), now.minus(Duration.ofDays(1)));

		MvcTestResult pastDue = api.get(support, "/api/admin/subscriptions?status=PAST_DUE&size=200");
		MvcTestResult odd = api.get(admin, "/api/admin/subscriptions?status=LATE");

		assertThat(pastDue).hasStatusOk();
		assertThat(pastDue).bodyJson()
			.extractingPath("$.content[?(@.subscriptionId == '" + late.getId() + "')].clinicName")
			.asArray()
			.containsExactly(clinics.find(clinicId).orElseThrow().getName());
		assertThat(pastDue).bodyJson()
			.extractingPath("$.content[?(@.subscriptionId == '" + late.getId() + "')].monthlyPrice")
			.asArray()
			.containsExactly(999.0);
		assertThat(pastDue).bodyJson().extractingPath("$.content[*].status").asArray().containsOnly("PAST_DUE");
		assertThat(pastDue).bodyJson().extractingPath("$.page.totalElements").asNumber().isNotNull();
		assertThat(odd).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(odd).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
		assertThat(odd).bodyJson().extractingPath("$.errors[0].message").asString().contains("PAST_DUE");
	}

	@Test
	void anAdminGrantsAPlanAndBadInputIsRefusedNamingTheField() {
		UUID clinicId = clinic();
		LocalDate lastDay = IndianTime.today(clock).plusDays(30);
		String path = "/api/admin/subscriptions/" + clinicId + "/override";

		MvcTestResult granted = api.post(admin, path,
				grant(SubscriptionRows.CLINIC_PLUS.toString(), lastDay.toString(), "Launch partner"));
		MvcTestResult bySupport = api.post(support, path,
				grant(SubscriptionRows.CLINIC_PLUS.toString(), lastDay.toString(), "Support"));
		MvcTestResult notADate = api.post(admin, path,
				grant(SubscriptionRows.CLINIC_PLUS.toString(), "2027-13-40", "Launch partner"));
		MvcTestResult today = api.post(admin, path,
				grant(SubscriptionRows.CLINIC_PLUS.toString(), IndianTime.today(clock).toString(), "Launch partner"));
		MvcTestResult noReason = api.post(admin, path,
				grant(SubscriptionRows.CLINIC_PLUS.toString(), lastDay.toString(), " "));
		MvcTestResult notAPlan = api.post(admin, path, grant("plan-9", lastDay.toString(), "Launch partner"));
		MvcTestResult noClinic = api.post(admin, "/api/admin/subscriptions/" + UUID.randomUUID() + "/override",
				grant(SubscriptionRows.CLINIC_PLUS.toString(), lastDay.toString(), "Launch partner"));

		assertThat(granted).hasStatus(HttpStatus.CREATED);
		assertThat(granted).bodyJson().extractingPath("$.clinicId").isEqualTo(clinicId.toString());
		assertThat(granted).bodyJson().extractingPath("$.planName").isEqualTo("Clinic Plus");
		assertThat(granted).bodyJson().extractingPath("$.until").isEqualTo(lastDay.toString());
		assertThat(granted).bodyJson().extractingPath("$.reason").isEqualTo("Launch partner");
		assertThat(granted).bodyJson().extractingPath("$.state").isEqualTo("APPLIES");
		assertThat(granted).bodyJson().extractingPath("$.grantedBy").isEqualTo(admin.getId().toString());
		assertThat(entitlements.of(clinicId).source()).isEqualTo(Source.OVERRIDE);
		assertThat(bySupport).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(notADate).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(notADate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("until");
		assertThat(today).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(today).bodyJson().extractingPath("$.errors[0].field").isEqualTo("until");
		assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(noReason).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(notAPlan).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(notAPlan).bodyJson().extractingPath("$.errors[0].field").isEqualTo("planId");
		assertThat(noClinic).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void thePlanCatalogueIsReadByTheTeamAndChangedByAnAdmin() {
		String code = "IT_API_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();

		MvcTestResult list = api.get(support, "/api/admin/subscriptions/plans");
		MvcTestResult oddPrice = api.post(admin, "/api/admin/subscriptions/plans", plan(code, "90000.03"));
		MvcTestResult missing = api.post(admin, "/api/admin/subscriptions/plans", "{\"code\": \"" + code + "\"}");
		MvcTestResult bySupport = api.post(support, "/api/admin/subscriptions/plans", plan(code, "90000.00"));
		MvcTestResult created = api.post(admin, "/api/admin/subscriptions/plans", plan(code, "90000.00"));
		MvcTestResult duplicate = api.post(admin, "/api/admin/subscriptions/plans", plan(code, "90000.00"));
		Plan first = plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow();
		MvcTestResult versioned = api.post(admin, "/api/admin/subscriptions/plans/" + first.getId() + "/versions",
				plan(null, "91000.00"));
		Plan second = plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow();
		MvcTestResult retired = api.post(admin, "/api/admin/subscriptions/plans/" + second.getId() + "/retire", null);
		MvcTestResult again = api.post(admin, "/api/admin/subscriptions/plans/" + second.getId() + "/retire", null);

		assertThat(list).hasStatusOk();
		assertThat(list).bodyJson()
			.extractingPath("$[?(@.code == 'CLINIC_PLUS')].monthlyPrice")
			.asArray()
			.contains(2499.0);
		assertThat(list).bodyJson()
			.extractingPath("$[?(@.code == 'CLINIC')].features.ordersPerMonth")
			.asArray()
			.containsOnlyNulls();
		assertThat(oddPrice).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(oddPrice).bodyJson().extractingPath("$.errors[0].field").isEqualTo("monthlyPrice");
		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(missing).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("name", "monthlyPrice", "whatsappOrdering", "disputeWindowDays", "prioritySupport");
		assertThat(bySupport).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.code").isEqualTo(code);
		assertThat(created).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(created).bodyJson().extractingPath("$.features.ordersPerMonth").isEqualTo(25);
		assertThat(duplicate).hasStatus(HttpStatus.CONFLICT);
		assertThat(duplicate).bodyJson().extractingPath("$.errors[0].field").isEqualTo("code");
		assertThat(versioned).hasStatus(HttpStatus.CREATED);
		assertThat(versioned).bodyJson().extractingPath("$.version").isEqualTo(2);
		assertThat(versioned).bodyJson().extractingPath("$.monthlyPrice").isEqualTo(91000.0);
		assertThat(plans.findById(first.getId()).orElseThrow().isRetired()).isTrue();
		assertThat(retired).hasStatusOk();
		assertThat(retired).bodyJson().extractingPath("$.retired").isEqualTo(true);
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		assertThat(plans.findOffered()).extracting(Plan::getCode).doesNotContain(code);
	}

	private static String grant(String planId, String until, String reason) {
		return """
				{"planId": "%s", "until": "%s", "reason": "%s"}
				""".formatted(planId, until, reason);
	}

	private static String plan(String code, String price) {
		return """
				{%s"name": "Api Test", "monthlyPrice": %s, "ordersPerMonth": 25, "whatsappOrdering": true,
				 "disputeWindowDays": 10, "prioritySupport": false}
				""".formatted(code == null ? "" : "\"code\": \"" + code + "\", ", price);
	}

	private UUID clinic() {
		return Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
	}

}
