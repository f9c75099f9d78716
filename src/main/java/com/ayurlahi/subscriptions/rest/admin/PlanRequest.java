package com.ayurlahi.subscriptions.rest.admin;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanTerms;

/**
 * A new plan ({@code POST /api/admin/subscriptions/plans}, with its {@code code}) or a
 * new version of one ({@code POST …/plans/{planId}/versions}, without). The price is per
 * month excluding GST; {@code ordersPerMonth} null or absent means unlimited. The
 * catalogue checks the rest, naming the field it refuses.
 */
record PlanRequest(@Nullable String code, @NotBlank(message = "Give the plan a name.") @Nullable String name,
		@Nullable String description,
		@NotNull(message = "Give the price a month, excluding GST.") @Nullable BigDecimal monthlyPrice,
		@Nullable Integer ordersPerMonth,
		@NotNull(message = "Say whether the plan has WhatsApp ordering.") @Nullable Boolean whatsappOrdering,
		@NotNull(message = "Give the dispute window in days.") @Nullable Integer disputeWindowDays,
		@NotNull(message = "Say whether the plan has priority support.") @Nullable Boolean prioritySupport) {

	PlanTerms toTerms() {
		return new PlanTerms(Objects.requireNonNull(name), description, Objects.requireNonNull(monthlyPrice),
				new PlanFeatures(ordersPerMonth, Boolean.TRUE.equals(whatsappOrdering),
						Objects.requireNonNull(disputeWindowDays), Boolean.TRUE.equals(prioritySupport)));
	}

}
