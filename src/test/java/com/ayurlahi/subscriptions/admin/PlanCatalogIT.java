package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanTerms;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The plan catalogue: a new plan, a new version (the earlier one retired, its subscribers
 * keeping it), retiring a version, each audited with its admin; and what it refuses. Test
 * plans cost far more than the demo plans (so that no "cheapest plan with …" answer
 * changes for other tests) and are retired afterwards.
 */
@IntegrationTest
class PlanCatalogIT {

	static final BigDecimal TEST_PRICE = new BigDecimal("90000.00");

	@Autowired
	PlanCatalog catalog;

	@Autowired
	Plans plans;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	Entitlements entitlements;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private AuthenticatedUser admin;

	private final List<String> codes = new ArrayList<>();

	@BeforeEach
	void setUp() {
		admin = Accounts.principal(Accounts.create(users, Role.ADMIN));
	}

	@AfterEach
	void retireTestPlans() {
		plans.findOffered()
			.stream()
			.filter(plan -> codes.contains(plan.getCode()))
			.forEach(plan -> catalog.retire(plan.getId(), admin));
	}

	@Test
	void anAdminCreatesAPlanOfferedAtOnceAndAudited() {
		String code = code();

		Plan plan = catalog.create(" " + code + " ", new PlanTerms(" Enterprise ", "For hospital groups.", TEST_PRICE,
				new PlanFeatures(null, true, 30, true)), admin);

		Plan stored = plans.findById(plan.getId()).orElseThrow();
		assertThat(stored.getCode()).isEqualTo(code);
		assertThat(stored.getVersion()).isEqualTo(1);
		assertThat(stored.getName()).isEqualTo("Enterprise");
		assertThat(stored.getMonthlyPrice()).isEqualByComparingTo("90000.00");
		assertThat(stored.getFeatures()).isEqualTo(new PlanFeatures(null, true, 30, true));
		assertThat(stored.isRetired()).isFalse();
		assertThat(plans.findOffered()).extracting(Plan::getId).contains(plan.getId());
		assertThat(audit(plan.getId())).containsExactly("SUBSCRIPTION_PLAN_CREATED by ADMIN " + admin.id());
		assertThat(changes(plan.getId(), "SUBSCRIPTION_PLAN_CREATED")).contains(code, "90000.00", "Unlimited orders",
				"Enterprise");
	}

	@Test
	void aNewVersionIsOfferedInsteadOfTheOldWhoseSubscribersKeepIt() {
		Plan first = catalog.create(code(), terms("Group", TEST_PRICE, 50), admin);
		UUID clinicId = Profiles.approvedClinic(users, clinics, IndianState.GOA).clinic().getId();
		Instant now = clock.instant();
		Subscription subscription = new SubscriptionRows(subscriptions, charges, plans).active(clinicId, first.getId(),
				now.minus(Duration.ofDays(3)));

		Plan second = catalog.newVersion(first.getId(), terms("Group", new BigDecimal("95000.00"), 80), admin);

		assertThat(second.getCode()).isEqualTo(first.getCode());
		assertThat(second.getVersion()).isEqualTo(2);
		assertThat(plans.findById(first.getId()).orElseThrow().isRetired()).isTrue();
		assertThat(plans.findOffered()).extracting(Plan::getId).contains(second.getId()).doesNotContain(first.getId());
		assertThat(entitlements.of(clinicId).plan().getId()).isEqualTo(first.getId());
		assertThat(subscriptions.findById(subscription.getId()).orElseThrow().getPlanId()).isEqualTo(first.getId());
		assertThat(audit(second.getId())).containsExactly("SUBSCRIPTION_PLAN_VERSION_CREATED by ADMIN " + admin.id());
		assertThat(changes(second.getId(), "SUBSCRIPTION_PLAN_VERSION_CREATED")).contains("90000.00", "95000.00",
				"50 orders a month", "80 orders a month", first.getId().toString());
		assertThat(audit(first.getId())).containsExactly("SUBSCRIPTION_PLAN_CREATED by ADMIN " + admin.id(),
				"SUBSCRIPTION_PLAN_RETIRED by ADMIN " + admin.id());
		assertThat(changes(first.getId(), "SUBSCRIPTION_PLAN_RETIRED")).contains("Replaced by version 2");

		// a new version of the old version is numbered after the newest
		Plan third = catalog.newVersion(first.getId(), terms("Group", new BigDecimal("99000.00"), 90), admin);
		assertThat(third.getVersion()).isEqualTo(3);
		assertThat(plans.findById(second.getId()).orElseThrow().isRetired()).isTrue();
	}

	@Test
	void retiringAVersionStopsNewSubscribersOnceAndIsAudited() {
		Plan plan = catalog.create(code(), terms("Seasonal", TEST_PRICE, 20), admin);

		catalog.retire(plan.getId(), admin);

		Plan retired = plans.findById(plan.getId()).orElseThrow();
		assertThat(retired.isRetired()).isTrue();
		assertThat(retired.getRetiredAt()).isNotNull();
		assertThat(plans.findOffered()).extracting(Plan::getId).doesNotContain(plan.getId());
		assertThat(audit(plan.getId())).containsExactly("SUBSCRIPTION_PLAN_CREATED by ADMIN " + admin.id(),
				"SUBSCRIPTION_PLAN_RETIRED by ADMIN " + admin.id());
		assertThatThrownBy(() -> catalog.retire(plan.getId(), admin)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("retired already");
		assertThatThrownBy(() -> Subscription.create(UUID.randomUUID(), retired, clock.instant(), null, null, null,
				Actor.system(), clock.instant()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("takes no new subscribers");
	}

	@Test
	void theFreeAndTrialPlansCantBeRetiredWhileTheyAreTheOnlyVersion() {
		assertThatThrownBy(() -> catalog.retire(SubscriptionRows.FREE, admin)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("falls back to");
		assertThatThrownBy(() -> catalog.retire(SubscriptionRows.CLINIC, admin)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("new clinics try");
		assertThat(plans.findById(SubscriptionRows.FREE).orElseThrow().isRetired()).isFalse();
		assertThat(plans.findById(SubscriptionRows.CLINIC).orElseThrow().isRetired()).isFalse();
	}

	@Test
	void aPriceWhoseGstDiffersBetweenCgstSgstAndIgstIsRefusedNamingTheField() {
		String code = code();

		assertThatThrownBy(() -> catalog.create(code, terms("Odd", new BigDecimal("90000.03"), 10), admin))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.field()).isEqualTo("monthlyPrice");
				assertThat(refused.getMessage()).contains("₹90,000.03", "₹1,06,200.03", "₹1,06,200.04", "CGST + SGST",
						"IGST");
			});
		assertThat(plans.findFirstByCodeOrderByVersionDesc(code)).isEmpty();
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("999.00"), new BigDecimal("18"))).isEmpty();
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("2499.00"), new BigDecimal("18"))).isEmpty();
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("0.00"), new BigDecimal("18"))).isEmpty();
	}

	@Test
	void badTermsAreRefusedNamingTheirFieldAndOnlyAnAdminChangesTheCatalogue() {
		String code = code();
		catalog.create(code, terms("Taken", TEST_PRICE, 5), admin);
		AuthenticatedUser support = Accounts.principal(Accounts.create(users, Role.SUPPORT));
		long before = plansCoded("IT_%");

		assertThat(field(() -> catalog.create(code, terms("Again", TEST_PRICE, 5), admin))).isEqualTo("code");
		assertThat(field(() -> catalog.create("lower case", terms("X", TEST_PRICE, 5), admin))).isEqualTo("code");
		assertThat(field(() -> catalog.create(code(), terms(" ", TEST_PRICE, 5), admin))).isEqualTo("name");
		assertThat(field(() -> catalog.create(code(), terms("X", new BigDecimal("-1.00"), 5), admin)))
			.isEqualTo("monthlyPrice");
		assertThat(field(() -> catalog.create(code(), terms("X", new BigDecimal("100.001"), 5), admin)))
			.isEqualTo("monthlyPrice");
		assertThat(field(() -> catalog.create(code(), terms("X", TEST_PRICE, 0), admin))).isEqualTo("ordersPerMonth");
		assertThat(field(() -> catalog.create(code(),
				new PlanTerms("X", null, TEST_PRICE, new PlanFeatures(null, false, 91, false)), admin)))
			.isEqualTo("disputeWindowDays");
		assertThatThrownBy(() -> catalog.create(code(), terms("X", TEST_PRICE, 5), support))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> catalog.retire(SubscriptionRows.CLINIC_PLUS, support))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(plansCoded("IT_%")).isEqualTo(before);
	}

	private long plansCoded(String pattern) {
		return jdbc.sql("select count(*) from subscription_plans where code like :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.single();
	}

	private String code() {
		String code = "IT_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		codes.add(code);
		return code;
	}

	private static PlanTerms terms(String name, BigDecimal price, int orders) {
		return new PlanTerms(name, null, price, new PlanFeatures(orders, false, 7, false));
	}

	private static String field(Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException invalid) {
			return invalid.field();
		}
		catch (ConflictException conflict) {
			return String.valueOf(conflict.field());
		}
		throw new AssertionError("Not refused");
	}

	private List<String> audit(UUID planId) {
		return jdbc
			.sql("select action || ' by ' || actor_role || ' ' || actor_id from audit_entries"
					+ " where entity_type = 'SubscriptionPlan' and entity_id = :id order by seq")
			.param("id", planId.toString())
			.query(String.class)
			.list();
	}

	private String changes(UUID planId, String action) {
		return jdbc
			.sql("select changes from audit_entries where entity_type = 'SubscriptionPlan'"
					+ " and entity_id = :id and action = :action")
			.param("id", planId.toString())
			.param("action", action)
			.query(String.class)
			.single();
	}

}
