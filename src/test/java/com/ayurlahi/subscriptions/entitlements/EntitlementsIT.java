package com.ayurlahi.subscriptions.entitlements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.UserManagement;

/**
 * A clinic's plan, decided two ways that must agree: {@link Entitlements#of} (through the
 * entities, for the pages) and {@link Entitlements#featuresOf} (one statement, for every
 * order placed), through a clinic's life: its trial, Free after it, a subscription
 * waiting for authorisation, paid, past due, restricted, the team's grant over it and the
 * grant's end.
 */
@IntegrationTest
class EntitlementsIT {

	@Autowired
	Entitlements entitlements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MovableClock clock;

	@Autowired
	Plans plans;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ClinicPlans clinicPlans;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void bothWaysGiveTheSamePlanThroughAClinicsLife() {
		UUID clinicId = Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
		PlanFeatures clinic = features(ClinicPlans.CLINIC);
		PlanFeatures plus = features(ClinicPlans.CLINIC_PLUS);
		PlanFeatures free = features(ClinicPlans.FREE);
		assertThat(plus).isNotEqualTo(clinic).isNotEqualTo(free);

		assertPlan(clinicId, Source.TRIAL, clinic);

		waitingForAuthorisation(clinicId, ClinicPlans.CLINIC_PLUS);
		assertPlan(clinicId, Source.TRIAL, clinic);

		clinicPlans.trialOver(clinicId);
		assertPlan(clinicId, Source.FREE, free);

		Subscription subscription = clinicPlans.subscribed(clinicId, ClinicPlans.CLINIC_PLUS);
		assertPlan(clinicId, Source.SUBSCRIPTION, plus);

		jdbc.sql("update subscriptions set status = 'PAST_DUE', past_due_since = :at where id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", subscription.getId())
			.update();
		assertPlan(clinicId, Source.PAST_DUE, plus);

		jdbc.sql("update subscriptions set status = 'ACTIVE', past_due_since = null where id = :id")
			.param("id", subscription.getId())
			.update();
		clinicPlans.halted(subscriptionNamed(subscription.getId()));
		assertPlan(clinicId, Source.RESTRICTED, free);

		UUID granted = clinicPlans.retiredPlanWithWhatsApp(3);
		clinicPlans.granted(clinicId, granted);
		assertPlan(clinicId, Source.OVERRIDE, new PlanFeatures(3, true, 7, false));

		clock.moveBy(Duration.ofDays(31));
		assertPlan(clinicId, Source.RESTRICTED, free);
	}

	@Test
	void aSubscriptionThatEndedLeavesTheClinicOnFreeNotOnTrial() {
		UUID clinicId = Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
		Subscription subscription = clinicPlans.subscribed(clinicId, ClinicPlans.CLINIC_PLUS);
		jdbc.sql("update subscriptions set status = 'CANCELLED', ended_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", subscription.getId())
			.update();

		assertPlan(clinicId, Source.FREE, features(ClinicPlans.FREE));
	}

	private void assertPlan(UUID clinicId, Source source, PlanFeatures features) {
		Entitlement entitlement = entitlements.of(clinicId);
		assertThat(entitlement.source()).as("the source").isEqualTo(source);
		assertThat(entitlement.features()).as("the features through the entities").isEqualTo(features);
		assertThat(entitlements.featuresOf(clinicId)).as("the features in one statement").isEqualTo(features);
	}

	private PlanFeatures features(String code) {
		return plans.findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(code).orElseThrow().getFeatures();
	}

	private void waitingForAuthorisation(UUID clinicId, String code) {
		Plan plan = plans.findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(code).orElseThrow();
		transaction.executeWithoutResult(tx -> subscriptions.save(Subscription.create(clinicId, plan, clock.instant(),
				null, null, null, Actor.system(), clock.instant())));
	}

	private Subscription subscriptionNamed(UUID id) {
		return subscriptions.findById(id).orElseThrow();
	}

}
