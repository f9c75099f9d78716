package com.ayurlahi.subscriptions.web.admin;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.subscriptions.SubscriptionStatus;

/**
 * The subscribers list's filter: one status, or every status when empty (or when it names
 * none, as an old bookmark might).
 */
record SubscriberFilterFormData(@Nullable String status) {

	/** The status chosen, or {@code null} for every status. */
	@Nullable SubscriptionStatus chosenStatus() {
		return RequestParams.constant(SubscriptionStatus.class, status);
	}

}
