package com.ayurlahi.subscriptions;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a clinic may do now, and why: the plan whose features apply, where it comes from,
 * until when, and this month's orders against its limit.
 *
 * @param plan the plan whose features apply
 * @param source why that plan applies
 * @param until when it stops applying by itself (a trial's or a grant's end, a cancelled
 * subscription's last day, a past-due subscription's end of grace); null: not by itself
 * @param subscription the clinic's current subscription, if it has one (also when it is
 * restricted or waits for authorisation)
 * @param ordersThisMonth orders placed this calendar month (Indian time)
 */
public record Entitlement(UUID clinicId, Plan plan, Source source, @Nullable Instant until,
		@Nullable Subscription subscription, int ordersThisMonth) {

	/** Why a plan applies. */
	public enum Source {

		/** A paid subscription that is paid up. */
		SUBSCRIPTION,
		/** A paid subscription whose charge failed, within its grace period. */
		PAST_DUE,
		/**
		 * A paid subscription unpaid past its grace period: the Free plan's features
		 * until paid.
		 */
		RESTRICTED,
		/** A new clinic's trial. */
		TRIAL,
		/** The team's grant. */
		OVERRIDE,
		/** No subscription: the Free plan. */
		FREE

	}

	public PlanFeatures features() {
		return plan.getFeatures();
	}

	/** Orders left this month; null: unlimited. */
	public @Nullable Integer ordersLeft() {
		Integer limit = features().ordersPerMonth();
		return limit == null ? null : Math.max(0, limit - ordersThisMonth);
	}

	/** Whether the month's orders are used up. */
	public boolean limitReached() {
		Integer left = ordersLeft();
		return left != null && left == 0;
	}

	/** Whether at most {@code warnBefore} orders are left this month (and some are). */
	public boolean limitNear(int warnBefore) {
		Integer left = ordersLeft();
		return left != null && left > 0 && left <= warnBefore;
	}

	/**
	 * "7 of 10 orders" or "12 orders (unlimited)", as the pages say this month's usage.
	 */
	public String usageText() {
		Integer limit = features().ordersPerMonth();
		return limit == null ? ordersThisMonth + (ordersThisMonth == 1 ? " order" : " orders") + " (unlimited)"
				: ordersThisMonth + " of " + limit + " orders";
	}

}
