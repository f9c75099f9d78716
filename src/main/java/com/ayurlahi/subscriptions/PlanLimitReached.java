package com.ayurlahi.subscriptions;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * A clinic's plan does not allow what it asked for: the month's orders are used up (or
 * fewer are left than a checkout would place), or the plan has no WhatsApp ordering. The
 * message says which plan would; the conflict's link ({@link #UPGRADE}) says where to
 * change plan: the API answers it as {@code "upgradeUrl": "/clinic/plan"}, the portal as
 * a "Change plan" link.
 */
public final class PlanLimitReached extends ConflictException {

	/** Where a clinic changes its plan in the portal. */
	public static final String UPGRADE_PATH = "/clinic/plan";

	/** The link every refusal carries. */
	public static final Link UPGRADE = new Link("upgrade", UPGRADE_PATH, "Change plan");

	private PlanLimitReached(String message) {
		super(message, UPGRADE);
	}

	/**
	 * The month's orders are used up; {@code upgrade} names the cheapest plan with more
	 * (null: none is offered).
	 */
	public static PlanLimitReached ordersUsedUp(Entitlement entitlement, @Nullable String upgrade) {
		return new PlanLimitReached(
				"Your " + entitlement.plan().getName() + " plan's " + orders(entitlement) + " for this month "
						+ (Integer.valueOf(1).equals(entitlement.features().ordersPerMonth()) ? "is" : "are")
						+ " used up." + (upgrade == null ? " They start again next month."
								: " Upgrade to " + upgrade + " to order more this month."));
	}

	/**
	 * A checkout would place {@code wanted} orders (one per manufacturer) and fewer are
	 * left this month; {@code upgrade} names the cheapest plan with more (null: none is
	 * offered).
	 */
	public static PlanLimitReached fewerLeftThan(Entitlement entitlement, int wanted, @Nullable String upgrade) {
		Integer left = entitlement.ordersLeft();
		if (left == null || left == 0) {
			return ordersUsedUp(entitlement, upgrade);
		}
		return new PlanLimitReached("Your cart makes " + wanted + " orders (one per manufacturer), and your "
				+ entitlement.plan().getName() + " plan has " + left + " of its " + orders(entitlement)
				+ " left this month. Order from fewer manufacturers"
				+ (upgrade == null ? " for now." : ", or upgrade to " + upgrade + " to order them all."));
	}

	/**
	 * The plan has no WhatsApp ordering; {@code upgrade} names the cheapest plan with it.
	 */
	public static PlanLimitReached noWhatsAppOrdering(Entitlement entitlement, @Nullable String upgrade) {
		return new PlanLimitReached("Ordering on WhatsApp is not part of your " + entitlement.plan().getName() + " plan"
				+ (upgrade == null ? "." : "; it comes with " + upgrade + "."));
	}

	/** "10 orders", the plan's orders a month. */
	private static String orders(Entitlement entitlement) {
		Integer limit = entitlement.features().ordersPerMonth();
		return limit + (limit != null && limit == 1 ? " order" : " orders");
	}

	/** Where to upgrade, for the API's problem+json. */
	public String upgradePath() {
		return UPGRADE_PATH;
	}

}
