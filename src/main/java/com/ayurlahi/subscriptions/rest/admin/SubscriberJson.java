package com.ayurlahi.subscriptions.rest.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.SubscriberRow;
import com.ayurlahi.subscriptions.SubscriptionStatus;

/**
 * A clinic's subscription as the team's API shows it; {@code monthlyPrice} excludes GST,
 * {@code currentPeriodEnd} is the end of the cycle paid for, {@code paymentMethod} UPI,
 * CARD or EMANDATE once authorised.
 */
record SubscriberJson(UUID subscriptionId, UUID clinicId, String clinicName, UUID planId, String planName,
		int planVersion, BigDecimal monthlyPrice, SubscriptionStatus status, @Nullable Instant currentPeriodEnd,
		@Nullable String paymentMethod, Instant since, @Nullable Instant pastDueSince, @Nullable Instant graceEndsAt,
		boolean cancelAtCycleEnd, @Nullable Instant endedAt) {

	static SubscriberJson of(SubscriberRow row) {
		return new SubscriberJson(row.subscriptionId(), row.clinicId(), row.clinicName(), row.planId(), row.planName(),
				row.planVersion(), row.monthlyPrice(), row.status(), row.currentEnd(), row.paymentMethod(), row.since(),
				row.pastDueSince(), row.graceEndsAt(), row.cancelAtCycleEnd(), row.endedAt());
	}

}
