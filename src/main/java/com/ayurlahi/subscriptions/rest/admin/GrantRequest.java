package com.ayurlahi.subscriptions.rest.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * {@code POST /api/admin/subscriptions/{clinicId}/override}: the plan version to grant,
 * its last day ({@code YYYY-MM-DD}, Indian time) and why. Read as text, so that a value
 * that is no id or no date is refused naming its field.
 */
record GrantRequest(@Nullable String planId, @Nullable String until, @Nullable String reason) {

	@Nullable UUID plan() {
		if (planId == null || planId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(planId.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInputException("planId", "Give the id of a plan version.");
		}
	}

	@Nullable LocalDate lastDay() {
		if (until == null || until.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(until.strip());
		}
		catch (DateTimeParseException notADate) {
			throw new InvalidInputException("until", "Give the grant's last day as YYYY-MM-DD.");
		}
	}

}
