package com.ayurlahi.subscriptions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subscription the clinic has to authorise at Razorpay.
 *
 * @param authorisationUrl Razorpay's page where the clinic authorises the mandate; null
 * while Razorpay could not be asked to make the subscription (the reconciliation job, or
 * the clinic choosing the plan again, tries again)
 * @param gatewayError why Razorpay could not make it, when it could not
 */
public record SubscriptionStart(UUID subscriptionId, SubscriptionStatus status, @Nullable String authorisationUrl,
		@Nullable String gatewayError) {

	public static SubscriptionStart of(Subscription subscription) {
		return new SubscriptionStart(subscription.getId(), subscription.getStatus(), subscription.getAuthorisationUrl(),
				subscription.getGatewayError());
	}

	/** Whether the clinic can go on to Razorpay's page. */
	public boolean readyToAuthorise() {
		return status == SubscriptionStatus.CREATED && authorisationUrl != null;
	}

}
