package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.subscriptions.internal.Proration;

/**
 * What choosing a plan does for a clinic now, worked out the same way for the
 * confirmation the clinic sees and for the change itself.
 *
 * @param kind what happens
 * @param plan the plan chosen
 * @param currentPlan the plan of the clinic's current subscription, if it has one
 * @param effectiveFrom when the chosen plan starts to apply (once authorised); for a
 * cancellation, when the current plan stops
 * @param startsAt when Razorpay charges the first cycle; null: on authorisation
 * @param upfront an upgrade's charge on authorisation for the rest of the cycle
 * @param monthlyTotal what the chosen plan costs a month, GST included
 * @param subject the subscription it is about: the one waiting for authorisation, the one
 * to cancel, or the one the new subscription replaces
 */
public record PlanChangeQuote(Kind kind, Plan plan, @Nullable Plan currentPlan, @Nullable Instant effectiveFrom,
		@Nullable Instant startsAt, @Nullable Proration upfront, BigDecimal monthlyTotal,
		@Nullable Subscription subject) {

	/** What choosing the plan does. */
	public enum Kind {

		/**
		 * A first subscription (or one after Free, the trial or a restriction): at once.
		 */
		SUBSCRIBE,
		/** A dearer plan: at once, the rest of the cycle charged on authorisation. */
		UPGRADE,
		/** A cheaper plan: from the end of the paid cycle. */
		DOWNGRADE,
		/** The same plan again after a cancellation: from the end of the paid cycle. */
		RENEW,
		/** The Free plan: the subscription is cancelled. */
		CANCEL,
		/** A subscription to this plan already waits for the clinic's authorisation. */
		CONTINUE_WAITING

	}

	/** Whether choosing it starts a new subscription at Razorpay. */
	public boolean startsSubscription() {
		return kind != Kind.CANCEL && kind != Kind.CONTINUE_WAITING;
	}

	/** What is charged when the clinic authorises the mandate. */
	public BigDecimal chargedOnAuthorisation() {
		if (kind == Kind.SUBSCRIBE) {
			return monthlyTotal;
		}
		return upfront != null ? upfront.charge().total() : Money.ZERO;
	}

	/** The id of the subscription it replaces, if it starts one that does. */
	public @Nullable UUID replaces() {
		return startsSubscription() && subject != null ? subject.getId() : null;
	}

	/** What it does, in a sentence or two, for the confirmation. */
	public String summary() {
		String name = plan.getName();
		String monthly = Money.format(monthlyTotal) + " a month (GST included)";
		return switch (kind) {
			case SUBSCRIBE -> name + " applies as soon as you authorise the mandate: " + Money.format(monthlyTotal)
					+ " (GST included) is charged then, and every month after until you cancel."
					+ (subject == null || currentPlan == null ? "" : " Your unpaid " + currentPlan.getName()
							+ " subscription is cancelled once you have authorised the new one.");
			case UPGRADE -> name + " applies as soon as you authorise the mandate. "
					+ (upfront != null && upfront.chargesAnything()
							? Money.format(upfront.charge().total()) + " is charged then for the " + upfront.daysLeft()
									+ " of " + upfront.daysInCycle()
									+ " days left in your cycle (the difference in price, GST included); "
							: "Nothing is charged for the rest of this cycle; ")
					+ "from " + BillingDates.day(startsAt) + " you pay " + monthly + ".";
			case DOWNGRADE, RENEW ->
				name + " applies from " + BillingDates.day(startsAt) + ", when your paid cycle ends; from then you pay "
						+ monthly + ". You authorise the new mandate now; nothing is charged until then.";
			case CANCEL ->
				"Your " + (currentPlan == null ? "" : currentPlan.getName() + " ") + "subscription is cancelled"
						+ (effectiveFrom == null ? " at once"
								: " at the end of the paid cycle: it applies until " + BillingDates.day(effectiveFrom))
						+ "; then the Free plan's limits apply. Nothing is refunded.";
			case CONTINUE_WAITING ->
				"Your subscription to " + name + " is waiting for you to authorise the mandate at Razorpay.";
		};
	}

}
