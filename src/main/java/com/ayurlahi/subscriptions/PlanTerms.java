package com.ayurlahi.subscriptions;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a plan version is called, costs and gives, as the team enters it for a new plan or
 * a new version of one ({@link PlanCatalog} checks it).
 *
 * @param monthlyPrice per month, excluding GST, in rupees
 */
public record PlanTerms(String name, @Nullable String description, BigDecimal monthlyPrice, PlanFeatures features) {

	/** The terms of an existing version, to start a new version from. */
	public static PlanTerms of(Plan plan) {
		return new PlanTerms(plan.getName(), plan.getDescription(), plan.getMonthlyPrice(), plan.getFeatures());
	}

}
