package com.ayurlahi.subscriptions;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * A clinic's plan does not allow what it asked for: the month's orders are used up, or
 * the plan has no WhatsApp ordering. The message says which plan would, and where to
 * change plan ({@link #UPGRADE_PATH}).
 */
public final class PlanLimitReached extends ConflictException {

	/** Where a clinic changes its plan in the portal. */
	public static final String UPGRADE_PATH = "/clinic/plan";

	private PlanLimitReached(String message) {
		super(message);
	}

	/**
	 * The month's orders are used up; {@code upgrade} names the cheapest plan with more
	 * (null: none is offered).
	 */
	public static PlanLimitReached ordersUsedUp(Entitlement entitlement, @Nullable String upgrade) {
		return new PlanLimitReached(
				"Your " + entitlement.plan().getName() + " plan's " + entitlement.features().ordersPerMonth()
						+ " orders for this month are used up." + (upgrade == null ? " They start again next month."
								: " Upgrade to " + upgrade + " to order more this month: " + UPGRADE_PATH));
	}

	/**
	 * The plan has no WhatsApp ordering; {@code upgrade} names the cheapest plan with it.
	 */
	public static PlanLimitReached noWhatsAppOrdering(Entitlement entitlement, @Nullable String upgrade) {
		return new PlanLimitReached("Ordering on WhatsApp is not part of your " + entitlement.plan().getName() + " plan"
				+ (upgrade == null ? "." : "; it comes with " + upgrade + ": " + UPGRADE_PATH));
	}

	/** Where to upgrade, for the API's problem+json. */
	public String upgradePath() {
		return UPGRADE_PATH;
	}

}
