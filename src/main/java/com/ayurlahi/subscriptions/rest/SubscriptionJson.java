package com.ayurlahi.subscriptions.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.ClinicPlanView;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanChangeQuote;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.SubscriptionBilling.Cancellation;
import com.ayurlahi.subscriptions.SubscriptionStart;
import com.ayurlahi.subscriptions.SubscriptionStatus;

/** The JSON shapes of {@code /api/subscriptions}. */
final class SubscriptionJson {

	private SubscriptionJson() {
	}

	/**
	 * A plan version: {@code monthlyPrice} excluding GST, {@code monthlyTotal} what
	 * Razorpay charges a month (GST included).
	 */
	record PlanJson(UUID id, String code, int version, String name, @Nullable String description,
			BigDecimal monthlyPrice, BigDecimal monthlyTotal, FeaturesJson features, boolean retired) {

		static PlanJson of(Plan plan, BigDecimal monthlyTotal) {
			return new PlanJson(plan.getId(), plan.getCode(), plan.getVersion(), plan.getName(), plan.getDescription(),
					plan.getMonthlyPrice(), monthlyTotal, FeaturesJson.of(plan.getFeatures()), plan.isRetired());
		}

	}

	/** {@code ordersPerMonth} null: unlimited. */
	record FeaturesJson(@Nullable Integer ordersPerMonth, boolean whatsappOrdering, int disputeWindowDays,
			boolean prioritySupport) {

		static FeaturesJson of(PlanFeatures features) {
			return new FeaturesJson(features.ordersPerMonth(), features.whatsappOrdering(),
					features.disputeWindowDays(), features.prioritySupport());
		}

	}

	/** {@code limit} null: unlimited. */
	record UsageJson(int ordersThisMonth, @Nullable Integer limit, @Nullable Integer ordersLeft) {
	}

	record SubscriptionStateJson(UUID id, UUID planId, String planName, SubscriptionStatus status,
			@Nullable Instant currentStart, @Nullable Instant currentEnd, @Nullable Instant nextChargeAt,
			@Nullable String paymentMethod, boolean cancelAtCycleEnd, @Nullable Instant graceEndsAt) {
	}

	record WaitingJson(UUID subscriptionId, UUID planId, String planName, @Nullable String authorisationUrl) {
	}

	record ScheduledJson(UUID subscriptionId, String planName, Instant from) {
	}

	/**
	 * {@code GET /api/subscriptions/me}: the plan that applies and why ({@code state}:
	 * SUBSCRIPTION, PAST_DUE, RESTRICTED, TRIAL, OVERRIDE or FREE; {@code until} when it
	 * stops by itself), this month's usage, and the subscription behind it.
	 */
	record MeJson(PlanJson plan, FeaturesJson features, Entitlement.Source state, String stateText,
			@Nullable Instant until, UsageJson usage, @Nullable SubscriptionStateJson subscription,
			@Nullable WaitingJson waitingForAuthorisation, @Nullable ScheduledJson scheduledChange,
			@Nullable Instant nextChargeAt, @Nullable BigDecimal nextChargeAmount) {

		static MeJson of(ClinicPlanView view, BigDecimal planTotal) {
			Entitlement entitlement = view.entitlement();
			ClinicPlanView.SubscriptionView subscription = view.subscription();
			ClinicPlanView.Waiting waiting = view.waiting();
			ClinicPlanView.Scheduled scheduled = view.scheduled();
			return new MeJson(PlanJson.of(entitlement.plan(), planTotal), FeaturesJson.of(entitlement.features()),
					entitlement.source(), view.stateText(), entitlement.until(),
					new UsageJson(entitlement.ordersThisMonth(), entitlement.features().ordersPerMonth(),
							entitlement.ordersLeft()),
					subscription == null ? null : new SubscriptionStateJson(subscription.id(), subscription.planId(),
							subscription.planName(), subscription.status(), subscription.currentStart(),
							subscription.currentEnd(), subscription.nextChargeAt(), subscription.paymentMethod(),
							subscription.cancelAtCycleEnd(), subscription.graceEndsAt()),
					waiting == null ? null
							: new WaitingJson(waiting.subscriptionId(), waiting.planId(), waiting.planName(),
									waiting.authorisationUrl()),
					scheduled == null ? null
							: new ScheduledJson(scheduled.subscriptionId(), scheduled.planName(), scheduled.from()),
					view.nextChargeAt(), view.nextChargeAmount());
		}

	}

	/**
	 * A subscription to authorise at {@code authorisationUrl}; for a plan change, what
	 * kind it is, from when it applies and what the authorisation charges.
	 */
	record StartJson(UUID subscriptionId, SubscriptionStatus status, String authorisationUrl,
			PlanChangeQuote.@Nullable Kind change, @Nullable Instant effectiveFrom, @Nullable BigDecimal chargedNow,
			@Nullable String summary) {

		static StartJson of(SubscriptionStart start, @Nullable PlanChangeQuote quote) {
			return new StartJson(start.subscriptionId(), start.status(), String.valueOf(start.authorisationUrl()),
					quote == null ? null : quote.kind(), quote == null ? null : quote.effectiveFrom(),
					quote == null ? null : quote.chargedOnAuthorisation(), quote == null ? null : quote.summary());
		}

	}

	/** A change that started no subscription (to the Free plan: a cancellation). */
	record ChangeJson(PlanChangeQuote.Kind change, @Nullable Instant effectiveFrom, String summary) {
	}

	/** A cancellation: {@code until} when the plan applies until the end of the cycle. */
	record CancelledJson(@Nullable Instant until, String message) {

		static CancelledJson of(Cancellation cancellation) {
			return new CancelledJson(cancellation.until(), cancellation.message());
		}

	}

}
