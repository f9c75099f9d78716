package com.ayurlahi.subscriptions.rest.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanFeatures;

/**
 * A plan version as the team's API shows it: {@code monthlyPrice} excludes GST;
 * {@code features.ordersPerMonth} null means unlimited; retired versions take no new
 * subscribers.
 */
record PlanVersionJson(UUID id, String code, int version, String name, @Nullable String description,
		BigDecimal monthlyPrice, Features features, boolean retired, @Nullable Instant retiredAt, Instant createdAt) {

	static PlanVersionJson of(Plan plan) {
		PlanFeatures features = plan.getFeatures();
		return new PlanVersionJson(plan.getId(), plan.getCode(), plan.getVersion(), plan.getName(),
				plan.getDescription(), plan.getMonthlyPrice(), new Features(features.ordersPerMonth(),
						features.whatsappOrdering(), features.disputeWindowDays(), features.prioritySupport()),
				plan.isRetired(), plan.getRetiredAt(), plan.getCreatedAt());
	}

	record Features(@Nullable Integer ordersPerMonth, boolean whatsappOrdering, int disputeWindowDays,
			boolean prioritySupport) {
	}

}
