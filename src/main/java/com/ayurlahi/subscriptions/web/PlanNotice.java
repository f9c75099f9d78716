package com.ayurlahi.subscriptions.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.PlanLimitReached;

/**
 * What the catalog, cart and checkout say about the clinic's monthly order limit when it
 * is near or reached, with the link to change plan.
 *
 * @param message the sentence shown ("1 of 10 orders left this month on your Free plan.")
 * @param reached whether no order is left this month (checkout is refused)
 * @param href where the clinic changes its plan
 * @param linkLabel the link's text
 */
public record PlanNotice(String message, boolean reached, String href, String linkLabel) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	/**
	 * The notice for the clinic's entitlement at {@code now}: when no order is left, or
	 * at most {@code warnBefore} are; none otherwise (and never for unlimited plans).
	 */
	public static Optional<PlanNotice> of(Entitlement entitlement, int warnBefore, Instant now) {
		Integer limit = entitlement.features().ordersPerMonth();
		Integer left = entitlement.ordersLeft();
		if (limit == null || left == null) {
			return Optional.empty();
		}
		String plan = entitlement.plan().getName();
		if (entitlement.limitReached()) {
			LocalDate nextMonth = Entitlements.monthOf(now).plusMonths(1).atDay(1);
			return Optional.of(notice("Your " + plan + " plan's " + limit + " orders for this month are used up: "
					+ "you can place orders again from " + DAY.format(nextMonth) + ", or at once on another plan.",
					true));
		}
		if (entitlement.limitNear(warnBefore)) {
			return Optional
				.of(notice(left + " of " + limit + " orders left this month on your " + plan + " plan.", false));
		}
		return Optional.empty();
	}

	private static PlanNotice notice(String message, boolean reached) {
		return new PlanNotice(message, reached, PlanLimitReached.UPGRADE.href(), PlanLimitReached.UPGRADE.label());
	}

}
