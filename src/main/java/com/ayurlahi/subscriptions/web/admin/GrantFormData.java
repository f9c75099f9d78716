package com.ayurlahi.subscriptions.web.admin;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.common.validation.PlainText;

/** An admin's grant of a plan to a clinic: which plan, through which day, and why. */
record GrantFormData(@NotNull(message = "Choose the plan to grant.") @Nullable UUID planId,

		@NotNull(message = "Give the grant's last day.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,

		@NotBlank(message = "Say why the clinic gets this plan.") @Size(max = 300,
				message = "Use at most 300 characters.") @PlainText @Nullable String reason) {

	static GrantFormData empty() {
		return new GrantFormData(null, null, null);
	}

}
