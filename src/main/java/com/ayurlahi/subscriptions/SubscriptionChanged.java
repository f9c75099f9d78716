package com.ayurlahi.subscriptions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.audit.Actor;

/**
 * What happened to a clinic's subscription ({@code action}: CREATED, MADE_AT_GATEWAY,
 * GATEWAY_FAILED, AUTHENTICATED, ACTIVATED, PAST_DUE, RESTRICTED, CANCELLED, COMPLETED,
 * EXPIRED, CANCEL_REQUESTED, REPLACED), registered by the subscription and audited in the
 * change's transaction. Other modules hear it after commit (the WhatsApp and
 * notifications modules warn a clinic that is past due, say).
 *
 * @param note what goes with it: the plan, Razorpay's id, why
 */
public record SubscriptionChanged(UUID subscriptionId, UUID clinicId, UUID planId, String action,
		@Nullable SubscriptionStatus from, SubscriptionStatus to, Actor actor, @Nullable String note, Instant at) {
}
