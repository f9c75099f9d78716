package com.ayurlahi.subscriptions.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.SubscriberRow;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionOverview.Churn;

/**
 * The rules behind the team's figures, with worked examples: when a subscription counts
 * as authorised and as restricted, the churn percentage, which prices GST leaves alone.
 */
class SubscriptionFiguresTest {

	private static final Instant T0 = Instant.parse("2026-11-01T04:30:00Z");

	@Test
	void aSubscriptionRemembersWhenItWasAuthorisedAndWhenItWasRestricted() {
		Subscription subscription = Subscription.create(UUID.randomUUID(), paidPlan(), T0, null, null, null,
				Actor.system(), T0);
		assertThat(subscription.getAuthorisedAt()).isNull();

		subscription.authenticated("UPI", T0.plusSeconds(60), T0.plusSeconds(61));
		subscription.active(T0, T0.plus(Duration.ofDays(30)), null, 1, "UPI", T0.plusSeconds(120), T0.plusSeconds(121));
		assertThat(subscription.getAuthorisedAt()).isEqualTo(T0.plusSeconds(61));

		Instant failed = T0.plus(Duration.ofDays(30));
		subscription.pending(failed, failed);
		assertThat(subscription.getRestrictedAt()).isNull();
		subscription.graceOver(Duration.ofDays(7), failed.plus(Duration.ofDays(7)));
		assertThat(subscription.getRestrictedAt()).isEqualTo(failed.plus(Duration.ofDays(7)));

		Instant paid = failed.plus(Duration.ofDays(9));
		subscription.active(paid, paid.plus(Duration.ofDays(30)), null, 2, "UPI", paid, paid);
		assertThat(subscription.getRestrictedAt()).isNull();
		assertThat(subscription.getAuthorisedAt()).isEqualTo(T0.plusSeconds(61));
	}

	@Test
	void churnIsTheShareOfTheClinicsPayingAtTheStartThatStopped() {
		assertThat(new Churn(T0, T0, 8, 2).percent()).isEqualByComparingTo("25.0");
		assertThat(new Churn(T0, T0, 3, 1).percent()).isEqualByComparingTo("33.3");
		assertThat(new Churn(T0, T0, 3, 2).percent()).isEqualByComparingTo("66.7");
		assertThat(new Churn(T0, T0, 40, 0).percent()).isEqualByComparingTo("0.0");
		assertThat(new Churn(T0, T0, 0, 0).percent()).isNull();
	}

	@Test
	void aPriceIsUsableOnlyWhenItsGstIsTheSameEitherWay() {
		BigDecimal rate = new BigDecimal("18.00");
		// 999.00: IGST 179.82; CGST 89.91 + SGST 89.91 = 179.82
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("999.00"), rate)).isEmpty();
		// 10.50: IGST 1.89; CGST 0.945 → 0.95, twice = 1.90
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("10.50"), rate)).hasValue(
				"₹10.50 comes to ₹12.40 with CGST + SGST but ₹12.39 with IGST; choose a price whose GST is the same"
						+ " either way (whole rupees always are).");
		// 10.03: IGST 1.8054 → 1.81; CGST 0.9027 → 0.90, twice = 1.80
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("10.03"), rate)).isPresent();
		// 10.01: IGST 1.8018 → 1.80; CGST 0.9009 → 0.90, twice = 1.80
		assertThat(PlanCatalog.gstMismatch(new BigDecimal("10.01"), rate)).isEmpty();
	}

	@Test
	void theMethodIsSaidAsTheClinicKnowsIt() {
		assertThat(SubscriberRow.methodLabel("UPI")).isEqualTo("UPI AutoPay");
		assertThat(SubscriberRow.methodLabel("CARD")).isEqualTo("Card");
		assertThat(SubscriberRow.methodLabel("EMANDATE")).isEqualTo("eMandate");
		assertThat(SubscriberRow.methodLabel(null)).isEqualTo("–");
	}

	/** A paid plan version (its constructor is the module's own). */
	private static Plan paidPlan() {
		Plan plan = mock(Plan.class);
		given(plan.getId()).willReturn(UUID.randomUUID());
		given(plan.getName()).willReturn("Clinic");
		given(plan.getVersion()).willReturn(1);
		given(plan.isFree()).willReturn(false);
		given(plan.isRetired()).willReturn(false);
		return plan;
	}

}
