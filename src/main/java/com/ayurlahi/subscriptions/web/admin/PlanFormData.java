package com.ayurlahi.subscriptions.web.admin;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanTerms;

/**
 * The form of a new plan (with its code) or of a new version of one (without: the code
 * stays). Orders a month left empty means unlimited.
 */
record PlanFormData(@Nullable String code,

		@NotBlank(message = "Give the plan a name.") @Size(max = 80,
				message = "Use at most 80 characters.") @PlainText @Nullable String name,

		@Size(max = 300, message = "Use at most 300 characters.") @PlainText @Nullable String description,

		@NotNull(message = "Enter the price a month, excluding GST.") @Digits(integer = 7, fraction = 2,
				message = "Enter rupees with at most two decimals.") @Nullable BigDecimal monthlyPrice,

		@Min(value = 1, message = "Allow at least 1 order a month, or leave it empty for unlimited.") @Max(
				value = 100_000,
				message = "Allow at most 1,00,000 orders a month, or leave it empty for unlimited.") @Nullable Integer ordersPerMonth,

		@NotNull(message = "Choose whether the plan has WhatsApp ordering.") @Nullable Boolean whatsappOrdering,

		@NotNull(message = "Enter the dispute window in days.") @Min(value = 1,
				message = "The dispute window is from 1 to 90 days.") @Max(value = 90,
						message = "The dispute window is from 1 to 90 days.") @Nullable Integer disputeWindowDays,

		@NotNull(message = "Choose whether the plan has priority support.") @Nullable Boolean prioritySupport) {

	PlanFormData {
		code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	static PlanFormData empty() {
		return new PlanFormData(null, null, null, null, null, false, 7, false);
	}

	/** A new version's form, filled in with {@code plan}'s terms. */
	static PlanFormData of(Plan plan) {
		PlanFeatures features = plan.getFeatures();
		return new PlanFormData(null, plan.getName(), plan.getDescription(), plan.getMonthlyPrice(),
				features.ordersPerMonth(), features.whatsappOrdering(), features.disputeWindowDays(),
				features.prioritySupport());
	}

	/** Valid once Bean Validation passed; the catalogue's own checks may still refuse. */
	PlanTerms toTerms() {
		return new PlanTerms(Objects.requireNonNull(name), description, Objects.requireNonNull(monthlyPrice),
				new PlanFeatures(ordersPerMonth, Boolean.TRUE.equals(whatsappOrdering),
						Objects.requireNonNull(disputeWindowDays), Boolean.TRUE.equals(prioritySupport)));
	}

}
