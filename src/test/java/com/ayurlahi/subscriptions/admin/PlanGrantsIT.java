package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlement.Source;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.PlanGrant;
import com.ayurlahi.subscriptions.PlanGrants;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The team's grants of a plan: while one lasts the clinic has its plan (whatever else it
 * has), through the last day given and no longer; revoking ends it at once; a new grant
 * replaces the one that applies; each is audited with its admin, and what is refused is
 * refused naming the field.
 */
@IntegrationTest
class PlanGrantsIT {

	@Autowired
	PlanGrants grants;

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

	private UUID clinic;

	@BeforeEach
	void setUp() {
		admin = Accounts.principal(Accounts.create(users, Role.ADMIN));
		clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
	}

	@AfterEach
	void resetClock() {
		((MovableClock) clock).reset();
	}

	@Test
	void aGrantGivesItsPlanThroughItsLastDayAndIsAudited() {
		Entitlement before = entitlements.of(clinic);
		LocalDate lastDay = IndianTime.today(clock).plusDays(20);

		PlanGrant grant = grants.grant(clinic, SubscriptionRows.CLINIC_PLUS, lastDay, "  Pilot partner  ", admin);

		assertThat(before.source()).isEqualTo(Source.TRIAL);
		assertThat(grant.state()).isEqualTo(PlanGrant.State.APPLIES);
		assertThat(grant.reason()).isEqualTo("Pilot partner");
		assertThat(grant.lastDay()).isEqualTo(lastDay);
		assertThat(grant.validUntil()).isEqualTo(lastDay.plusDays(1).atStartOfDay(IndianTime.ZONE).toInstant());
		Entitlement during = entitlements.of(clinic);
		assertThat(during.source()).isEqualTo(Source.OVERRIDE);
		assertThat(during.plan().getId()).isEqualTo(SubscriptionRows.CLINIC_PLUS);
		assertThat(during.until()).isEqualTo(grant.validUntil());
		assertThat(during.features().prioritySupport()).isTrue();
		assertThat(audit(grant.id())).containsExactly("SUBSCRIPTION_OVERRIDE_GRANTED by ADMIN " + admin.id());
		assertThat(jdbc.sql("select changes from audit_entries where entity_id = :id")
			.param("id", grant.id().toString())
			.query(String.class)
			.single()).contains("Clinic Plus v1", "Pilot partner", lastDay.toString(), clinic.toString());

		// the last minute of the last day, in India, still has it; the next minute does
		// not
		((MovableClock) clock).moveBy(Duration.between(clock.instant(), grant.validUntil()).minusMinutes(1));
		assertThat(entitlements.of(clinic).source()).isEqualTo(Source.OVERRIDE);
		((MovableClock) clock).moveBy(Duration.ofMinutes(2));
		assertThat(entitlements.of(clinic).source()).isNotEqualTo(Source.OVERRIDE);
		assertThat(grants.of(clinic)).extracting(PlanGrant::state).containsExactly(PlanGrant.State.ENDED);
	}

	@Test
	void revokingEndsTheGrantAtOnceAndIsAudited() {
		PlanGrant grant = grants.grant(clinic, SubscriptionRows.CLINIC, IndianTime.today(clock).plusDays(5),
				"Order limit raised for a camp", admin);

		PlanGrant revoked = grants.revoke(clinic, grant.id(), admin);

		assertThat(revoked.state()).isEqualTo(PlanGrant.State.REVOKED);
		assertThat(revoked.revokedAt()).isNotNull();
		assertThat(entitlements.of(clinic).source()).isEqualTo(Source.TRIAL);
		assertThat(audit(grant.id())).containsExactly("SUBSCRIPTION_OVERRIDE_GRANTED by ADMIN " + admin.id(),
				"SUBSCRIPTION_OVERRIDE_REVOKED by ADMIN " + admin.id());
		assertThatThrownBy(() -> grants.revoke(clinic, grant.id(), admin)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("revoked already");
		UUID otherClinic = Profiles.approvedClinic(users, clinics, IndianState.GOA).clinic().getId();
		assertThatThrownBy(() -> grants.revoke(otherClinic, grant.id(), admin)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aNewGrantReplacesTheOneThatApplies() {
		PlanGrant first = grants.grant(clinic, SubscriptionRows.CLINIC_PLUS, IndianTime.today(clock).plusDays(60),
				"Launch offer", admin);

		PlanGrant second = grants.grant(clinic, SubscriptionRows.CLINIC, IndianTime.today(clock).plusDays(10),
				"Launch offer, smaller", admin);

		List<PlanGrant> all = grants.of(clinic);
		assertThat(all).extracting(PlanGrant::id).containsExactly(second.id(), first.id());
		assertThat(all).extracting(PlanGrant::state).containsExactly(PlanGrant.State.APPLIES, PlanGrant.State.REVOKED);
		assertThat(entitlements.of(clinic).plan().getId()).isEqualTo(SubscriptionRows.CLINIC);
		assertThat(jdbc.sql("select changes from audit_entries where entity_id = :id and action = :action")
			.param("id", first.id().toString())
			.param("action", "SUBSCRIPTION_OVERRIDE_REVOKED")
			.query(String.class)
			.single()).contains("Replaced by a new grant");
	}

	@Test
	void whatIsRefusedNamesItsFieldAndOnlyAnAdminGrants() {
		LocalDate later = IndianTime.today(clock).plusDays(3);
		AuthenticatedUser support = Accounts.principal(Accounts.create(users, Role.SUPPORT));

		assertThat(field(() -> grants.grant(clinic, null, later, "Why", admin))).isEqualTo("planId");
		assertThat(field(() -> grants.grant(clinic, UUID.randomUUID(), later, "Why", admin))).isEqualTo("planId");
		assertThat(field(() -> grants.grant(clinic, SubscriptionRows.FREE, later, "Why", admin))).isEqualTo("planId");
		assertThat(field(() -> grants.grant(clinic, SubscriptionRows.CLINIC, null, "Why", admin))).isEqualTo("until");
		assertThat(field(() -> grants.grant(clinic, SubscriptionRows.CLINIC, IndianTime.today(clock), "Why", admin)))
			.isEqualTo("until");
		assertThat(field(() -> grants.grant(clinic, SubscriptionRows.CLINIC, later, "  ", admin))).isEqualTo("reason");
		assertThat(field(() -> grants.grant(clinic, SubscriptionRows.CLINIC, later, "x".repeat(301), admin)))
			.isEqualTo("reason");
		assertThatThrownBy(() -> grants.grant(clinic, SubscriptionRows.CLINIC, later, "Why", support))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> grants.grant(UUID.randomUUID(), SubscriptionRows.CLINIC, later, "Why", admin))
			.isInstanceOf(NotFoundException.class);
		assertThat(grants.of(clinic)).isEmpty();
	}

	private static String field(Runnable grant) {
		try {
			grant.run();
		}
		catch (InvalidInputException invalid) {
			return invalid.field();
		}
		catch (ConflictException conflict) {
			return String.valueOf(conflict.field());
		}
		throw new AssertionError("Not refused");
	}

	private List<String> audit(UUID grantId) {
		return jdbc
			.sql("select action || ' by ' || actor_role || ' ' || actor_id from audit_entries"
					+ " where entity_type = 'SubscriptionOverride' and entity_id = :id order by seq")
			.param("id", grantId.toString())
			.query(String.class)
			.list();
	}

}
