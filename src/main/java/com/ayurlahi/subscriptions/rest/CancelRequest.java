package com.ayurlahi.subscriptions.rest;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/subscriptions/me/cancel}: at the end of the paid cycle (the plan
 * applies until then) or at once (nothing refunded).
 */
record CancelRequest(@NotNull(
		message = "Say whether to cancel at the end of the paid cycle (true) or at once (false).") @Nullable Boolean atCycleEnd) {
}
