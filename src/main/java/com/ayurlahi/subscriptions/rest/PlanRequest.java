package com.ayurlahi.subscriptions.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/** {@code POST /api/subscriptions} and {@code …/me/change}: the plan chosen. */
record PlanRequest(@NotBlank(message = "Choose a plan: its id from GET /api/subscriptions/plans.") @Pattern(
		regexp = "\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*",
		message = "is not a plan's id (a UUID from GET /api/subscriptions/plans)") @Nullable String planId) {

	UUID plan() {
		return UUID.fromString(String.valueOf(planId).strip());
	}

}
