package com.ayurlahi.profiles.rest;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;

/**
 * The JSON body of a decision on a profile ({@code POST …/reject}, {@code …/suspend},
 * {@code …/reinstate}). The contract's reinstate takes no body, so a reinstatement
 * without a reason gets {@link #REINSTATED}.
 */
public record DecisionRequest(@PlainText(multiLine = true) @Nullable String reason) {

	public static final String REINSTATED = "Reinstated by the Ayurlahi team.";

	public static @Nullable String reasonOf(@Nullable DecisionRequest request) {
		return request == null ? null : request.reason();
	}

	public static String reinstatementReasonOf(@Nullable DecisionRequest request) {
		return request == null || request.reason() == null || request.reason().isBlank() ? REINSTATED
				: request.reason();
	}
}
