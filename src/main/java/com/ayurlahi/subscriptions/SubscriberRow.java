package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One clinic's subscription in the team's lists.
 *
 * @param monthlyPrice its plan version's price a month, excluding GST
 * @param currentEnd the end of the cycle paid for (the next charge falls due then)
 * @param paymentMethod how the mandate was authorised: UPI, CARD or EMANDATE
 * @param since when the clinic authorised the mandate, or, before it did, when the
 * subscription was made
 * @param graceEndsAt when a past-due subscription is restricted unless paid
 */
public record SubscriberRow(UUID subscriptionId, UUID clinicId, String clinicName, UUID planId, String planName,
		int planVersion, BigDecimal monthlyPrice, SubscriptionStatus status, @Nullable Instant currentEnd,
		@Nullable String paymentMethod, Instant since, @Nullable Instant pastDueSince, @Nullable Instant graceEndsAt,
		boolean cancelAtCycleEnd, @Nullable UUID replacedById, @Nullable Instant endedAt) {

	/** The payment method as the pages say it. */
	public String methodLabel() {
		return methodLabel(paymentMethod);
	}

	/** "UPI AutoPay", "Card", "eMandate", or "–" before the clinic authorised one. */
	public static String methodLabel(@Nullable String method) {
		if (method == null) {
			return "–";
		}
		return switch (method) {
			case "UPI" -> "UPI AutoPay";
			case "CARD" -> "Card";
			case "EMANDATE" -> "eMandate";
			default -> method;
		};
	}

	static SubscriberRow of(Subscription subscription, Plan plan, String clinicName, Duration grace) {
		Instant since = subscription.getAuthorisedAt() != null ? subscription.getAuthorisedAt()
				: subscription.getCreatedAt();
		return new SubscriberRow(subscription.getId(), subscription.getClinicId(), clinicName, plan.getId(),
				plan.getName(), plan.getVersion(), plan.getMonthlyPrice(), subscription.getStatus(),
				subscription.getCurrentEnd(), subscription.getPaymentMethod(), since, subscription.getPastDueSince(),
				subscription.graceEndsAt(grace), subscription.isCancelAtCycleEnd(), subscription.getReplacedById(),
				subscription.getEndedAt());
	}

	SubscriberRow named(@Nullable String name) {
		return new SubscriberRow(subscriptionId, clinicId, name == null ? "(clinic " + clinicId + ")" : name, planId,
				planName, planVersion, monthlyPrice, status, currentEnd, paymentMethod, since, pastDueSince,
				graceEndsAt, cancelAtCycleEnd, replacedById, endedAt);
	}

}
