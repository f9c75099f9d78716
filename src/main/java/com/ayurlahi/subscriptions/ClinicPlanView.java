package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.subscriptions.SubscriptionCharge.Kind;

/**
 * A clinic's plan and billing as its owner sees them: what applies now and why, the
 * subscription behind it, what waits for authorisation or is under way, the next charge,
 * the plans it may choose and its past charges.
 *
 * @param stateText where it stands, in words: "Trial of Clinic until 19 Dec 2026", "Past
 * due: the Free plan's limits from 12 Dec 2026 unless paid"…
 * @param subscription the subscription whose plan applies (or is restricted), if any
 * @param waiting a subscription waiting for the clinic to authorise its mandate
 * @param scheduled a plan change under way: the plan that comes and from when
 * @param nextChargeAt when Razorpay charges next, if it will
 * @param nextChargeAmount what it charges then, GST included
 * @param mayCancel whether there is anything to cancel
 * @param approved whether the clinic may subscribe (its profile is approved)
 */
public record ClinicPlanView(UUID clinicId, Entitlement entitlement, String stateText,
		@Nullable SubscriptionView subscription, @Nullable Waiting waiting, @Nullable Scheduled scheduled,
		@Nullable Instant nextChargeAt, @Nullable BigDecimal nextChargeAmount, List<PlanOption> plans,
		List<ChargeView> charges, boolean mayCancel, boolean approved) {

	/** The subscription behind the current plan. */
	public record SubscriptionView(UUID id, UUID planId, String planName, SubscriptionStatus status,
			@Nullable Instant currentStart, @Nullable Instant currentEnd, @Nullable Instant nextChargeAt,
			@Nullable String paymentMethod, @Nullable String paymentMethodLabel, boolean cancelAtCycleEnd,
			@Nullable Instant graceEndsAt) {
	}

	/** A subscription waiting for the clinic to authorise its mandate at Razorpay. */
	public record Waiting(UUID subscriptionId, UUID planId, String planName, @Nullable String authorisationUrl,
			@Nullable String gatewayError, Instant createdAt) {
	}

	/** A plan change under way: {@code planName} applies from {@code from}. */
	public record Scheduled(UUID subscriptionId, String planName, Instant from) {
	}

	/**
	 * A plan the clinic may look at: what choosing it does ({@code kind}; null when it
	 * can't be chosen now, {@code note} saying why), and what is charged on
	 * authorisation.
	 */
	public record PlanOption(Plan plan, BigDecimal monthlyTotal, boolean current, PlanChangeQuote.@Nullable Kind kind,
			@Nullable BigDecimal chargedNow, @Nullable String note) {

		/** The button's words. */
		public String actionLabel() {
			if (kind == null) {
				return "";
			}
			return switch (kind) {
				case SUBSCRIBE -> "Subscribe";
				case UPGRADE -> "Upgrade";
				case DOWNGRADE -> "Downgrade";
				case RENEW -> "Keep this plan";
				case CANCEL -> "Move to " + plan.getName();
				case CONTINUE_WAITING -> "Continue authorisation";
			};
		}

	}

	/** A charge Razorpay took, with what it was for. */
	public record ChargeView(UUID id, Kind kind, String description, BigDecimal amount, BigDecimal taxableValue,
			BigDecimal gst, BigDecimal refundedAmount, Instant chargedAt, @Nullable String paymentMethodLabel) {
	}

}
