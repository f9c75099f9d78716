package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory;
import com.ayurlahi.subscriptions.ClinicSubscriptionHistory.Kind;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.MonthlyCharges;
import com.ayurlahi.subscriptions.PlanGrants;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.SubscriberRow;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionOverview;
import com.ayurlahi.subscriptions.SubscriptionHistories;
import com.ayurlahi.subscriptions.SubscriptionReports;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The team's figures from subscriptions in every state, as the aggregate's transitions
 * leave them. Other tests share the database, so each figure is checked by how much the
 * seeded rows move it, to the paisa.
 */
@IntegrationTest
class SubscriptionFiguresIT {

	@Autowired
	SubscriptionReports reports;

	@Autowired
	SubscriptionHistories histories;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	Plans plans;

	@Autowired
	PlanGrants grants;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	Clock clock;

	private SubscriptionRows rows;

	@BeforeEach
	void setUp() {
		rows = new SubscriptionRows(subscriptions, charges, plans);
	}

	@Test
	void mrrActivePastDueAndChurnCountTheSubscriptionThatAppliesToEachClinic() {
		SubscriptionOverview before = reports.overview();
		Instant now = clock.instant();

		// paid up on Clinic for two months: active, ₹999
		rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 60));
		// Clinic Plus, a charge failed two days ago: past due, ₹2,499
		rows.pastDue(rows.active(clinic(), SubscriptionRows.CLINIC_PLUS, daysAgo(now, 45)), daysAgo(now, 2));
		// restricted five days ago: churned
		rows.restricted(rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 50)), daysAgo(now, 12),
				daysAgo(now, 5));
		// cancelled ten days ago: churned
		rows.cancelled(rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 90)), daysAgo(now, 10));
		// upgraded yesterday to Clinic Plus, whose cycle starts when the old one ends:
		// ₹2,499, not ₹999
		Subscription upgraded = rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 40));
		rows.changed(upgraded, SubscriptionRows.CLINIC_PLUS, daysAgo(now, 1), daysAgo(now, 1));
		// a downgrade to Clinic from the end of the cycle: still ₹2,499 until then
		Subscription downgrading = rows.active(clinic(), SubscriptionRows.CLINIC_PLUS, daysAgo(now, 35));
		rows.changed(downgrading, SubscriptionRows.CLINIC, daysAgo(now, 1), now.plus(Duration.ofDays(10)));
		// still waiting for authorisation: nothing
		rows.created(clinic(), SubscriptionRows.CLINIC, now.minus(Duration.ofHours(1)));
		// a new subscriber three days ago: active, ₹999, not in the churn cohort
		rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 3));
		// restricted before the window: in no figure
		rows.restricted(rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 100)), daysAgo(now, 70),
				daysAgo(now, 60));
		// changed plan eight days ago, the old one since ended: ₹2,499 and no churn
		Subscription changedEarlier = rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 80));
		Subscription successor = rows.changed(changedEarlier, SubscriptionRows.CLINIC_PLUS, daysAgo(now, 8),
				daysAgo(now, 8));
		rows.cancelled(subscriptions.findById(changedEarlier.getId()).orElseThrow(), daysAgo(now, 8));
		rows.started(successor, daysAgo(now, 8).plusSeconds(60));
		// cancelled twenty days ago, subscribed again five days ago: ₹999 and no churn
		UUID returning = clinic();
		rows.cancelled(rows.active(returning, SubscriptionRows.CLINIC, daysAgo(now, 60)), daysAgo(now, 20));
		rows.active(returning, SubscriptionRows.CLINIC, daysAgo(now, 5));
		// a complimentary grant is no revenue
		grants.grant(clinic(), SubscriptionRows.CLINIC_PLUS, IndianTime.today(clock).plusDays(30), "Pilot partner",
				Profiles.ADMIN);

		SubscriptionOverview after = reports.overview();

		assertThat(after.active() - before.active()).isEqualTo(6);
		assertThat(after.pastDue() - before.pastDue()).isEqualTo(1);
		assertThat(after.monthlyRecurringRevenue().subtract(before.monthlyRecurringRevenue()))
			.isEqualByComparingTo("12993.00");
		assertThat(after.monthlyRecurringRevenue().scale()).isEqualTo(2);
		assertThat(after.churn().payingAtStart() - before.churn().payingAtStart()).isEqualTo(8);
		assertThat(after.churn().stopped() - before.churn().stopped()).isEqualTo(2);
		assertThat(Duration.between(after.churn().from(), after.churn().to())).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void chargesAreTotalledPerCalendarMonthInIndianTime() {
		Instant now = clock.instant().minusSeconds(1);
		YearMonth thisMonth = Entitlements.monthOf(now);
		Instant lastMonth = thisMonth.atDay(1).atStartOfDay(IndianTime.ZONE).toInstant().minus(Duration.ofDays(2));
		List<MonthlyCharges> before = reports.monthlyCharges(2);
		Subscription paying = rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 40));
		Subscription other = rows.active(clinic(), SubscriptionRows.CLINIC_PLUS, daysAgo(now, 40));

		rows.charge(paying, "1178.82", "999.00", now, "0.00");
		rows.charge(other, "2948.82", "2499.00", now, "100.00");
		rows.charge(paying, "1180.00", "1000.00", now, "0.00");
		rows.charge(paying, "1178.82", "999.00", lastMonth, "0.00");
		// the first minute of this month in India is this month's, though still last
		// month in UTC
		rows.charge(other, "2948.82", "2499.00",
				thisMonth.atDay(1).atStartOfDay(IndianTime.ZONE).toInstant().plusSeconds(30), "0.00");

		List<MonthlyCharges> after = reports.monthlyCharges(2);
		SubscriptionOverview overview = reports.overview();

		assertThat(after).extracting(MonthlyCharges::month).containsExactly(thisMonth, thisMonth.minusMonths(1));
		MonthlyCharges month = after.get(0);
		assertThat(month.charges() - before.get(0).charges()).isEqualTo(4);
		assertThat(month.amount().subtract(before.get(0).amount())).isEqualByComparingTo("8256.46");
		assertThat(month.taxableValue().subtract(before.get(0).taxableValue())).isEqualByComparingTo("6997.00");
		assertThat(month.refunded().subtract(before.get(0).refunded())).isEqualByComparingTo("100.00");
		MonthlyCharges previous = after.get(1);
		assertThat(previous.charges() - before.get(1).charges()).isEqualTo(1);
		assertThat(previous.amount().subtract(before.get(1).amount())).isEqualByComparingTo("1178.82");
		assertThat(overview.chargesThisMonth()).isEqualTo(reports.monthlyCharges(1).getFirst());
	}

	@Test
	void theSubscribersAndPastDueListsAreFilteredPagedAndNamed() {
		Instant now = clock.instant();
		UUID lateClinic = clinic();
		Subscription late = rows.pastDue(rows.active(lateClinic, SubscriptionRows.CLINIC_PLUS, daysAgo(now, 40)),
				daysAgo(now, 3));
		Subscription paid = rows.active(clinic(), SubscriptionRows.CLINIC, daysAgo(now, 4));

		List<SubscriberRow> pastDue = reports.subscribers(SubscriptionStatus.PAST_DUE, PageRequest.of(0, 500))
			.getContent();
		List<SubscriberRow> active = reports.subscribers(SubscriptionStatus.ACTIVE, PageRequest.of(0, 500))
			.getContent();
		List<SubscriberRow> listed = reports.pastDue(PageRequest.of(0, 500)).getContent();

		assertThat(pastDue).extracting(SubscriberRow::subscriptionId)
			.contains(late.getId())
			.doesNotContain(paid.getId());
		assertThat(active).extracting(SubscriberRow::subscriptionId)
			.contains(paid.getId())
			.doesNotContain(late.getId());
		SubscriberRow row = listed.stream()
			.filter(candidate -> candidate.subscriptionId().equals(late.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(row.clinicName()).isEqualTo(clinics.find(lateClinic).orElseThrow().getName());
		assertThat(row.planName()).isEqualTo("Clinic Plus");
		assertThat(row.monthlyPrice()).isEqualByComparingTo("2499.00");
		assertThat(row.methodLabel()).isEqualTo("UPI AutoPay");
		// the database keeps microseconds
		assertThat(row.graceEndsAt()).isCloseTo(daysAgo(now, 3).plus(Duration.ofDays(7)), within(1, ChronoUnit.MICROS));
		assertThat(listed).allMatch(candidate -> candidate.status() == SubscriptionStatus.PAST_DUE);
		assertThat(listed).extracting(SubscriberRow::pastDueSince).isSorted();
		assertThat(reports.subscribers(null, PageRequest.of(0, 1)).getTotalElements()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aClinicsHistoryPutsItsSubscriptionsChargesAndGrantsInTimeOrder() {
		Instant now = clock.instant();
		UUID clinic = clinic();
		Subscription first = rows.active(clinic, SubscriptionRows.CLINIC, daysAgo(now, 40));
		rows.charge(first, "1178.82", "999.00", daysAgo(now, 40), "0.00");
		Subscription upgrade = rows.changed(first, SubscriptionRows.CLINIC_PLUS, daysAgo(now, 5), daysAgo(now, 5));
		User admin = Accounts.create(users, Role.ADMIN);
		grants.grant(clinic, SubscriptionRows.CLINIC_PLUS, IndianTime.today(clock).plusDays(10), "Goodwill",
				Accounts.principal(admin));

		ClinicSubscriptionHistory history = histories.of(clinic);

		assertThat(history.clinicName()).isEqualTo(clinics.find(clinic).orElseThrow().getName());
		assertThat(history.subscriptions()).extracting(SubscriberRow::subscriptionId)
			.containsExactly(upgrade.getId(), first.getId());
		assertThat(history.charges()).hasSize(1);
		assertThat(history.grants()).hasSize(1);
		assertThat(history.hasGrantNow()).isTrue();
		assertThat(history.now().source().name()).isEqualTo("OVERRIDE");
		assertThat(history.timeline()).extracting(ClinicSubscriptionHistory.Entry::kind)
			.containsExactly(Kind.SUBSCRIBED, Kind.AUTHORISED, Kind.CHARGED, Kind.SUBSCRIBED, Kind.AUTHORISED,
					Kind.GRANTED);
		assertThat(history.timeline()).extracting(ClinicSubscriptionHistory.Entry::at).isSorted();
		assertThat(history.timeline().get(2).amount()).isEqualByComparingTo(new BigDecimal("1178.82"));
		assertThat(history.timeline().get(3).text()).contains("Clinic Plus v1", "as a plan change");
		assertThat(history.timeline().get(5).text()).contains("Goodwill", admin.getFullName());
	}

	private UUID clinic() {
		return Profiles.approvedClinic(users, clinics, IndianState.KERALA).clinic().getId();
	}

	private static Instant daysAgo(Instant now, int days) {
		return now.minus(Duration.ofDays(days));
	}

}
