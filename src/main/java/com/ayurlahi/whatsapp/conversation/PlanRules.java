package com.ayurlahi.whatsapp.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.ayurlahi.orders.Cart;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanFeatures;
import com.ayurlahi.subscriptions.PlanLimitReached;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * What the clinic's plan lets it do here, each refusal in one line with the portal's link
 * to change plan: ordering on WhatsApp is a feature of some plans (asked when the clinic
 * starts ordering: search, a product chosen, a quantity, ORDER, REORDER, CHECKOUT), and a
 * checkout may not place more orders than the month has left. Like {@link CartRules},
 * they are checked before the portal's services are asked to act; the checkout refuses
 * too (a concurrent order may take the last one in between), and its refusal, which rolls
 * the message's work back, is answered with the same line ({@link #afterRefusal}). What
 * the clinic already ordered (STATUS, MY ORDERS, CANCEL, payment links, HELP) is never
 * refused by its plan.
 */
@Component
class PlanRules {

	private final Entitlements entitlements;

	private final Cart cart;

	private final Replies replies;

	PlanRules(Entitlements entitlements, Cart cart, Replies replies) {
		this.entitlements = entitlements;
		this.cart = cart;
		this.replies = replies;
	}

	/** Why the clinic may not order on WhatsApp: its plan does not have it. */
	Optional<String> whatsAppOrdering(AuthenticatedUser clinic) {
		return entitlements.ofClinicUser(clinic.id())
			.filter(entitlement -> !entitlement.features().whatsappOrdering())
			.map(this::noWhatsAppOrdering);
	}

	/**
	 * Why a checkout of {@code orders} orders (one per manufacturer) would be refused by
	 * the plan: no WhatsApp ordering, or fewer orders left this month.
	 */
	Optional<String> checkout(AuthenticatedUser clinic, int orders) {
		return entitlements.ofClinicUser(clinic.id()).flatMap(entitlement -> {
			if (!entitlement.features().whatsappOrdering()) {
				return Optional.of(noWhatsAppOrdering(entitlement));
			}
			Integer left = entitlement.ordersLeft();
			if (left == null || left >= orders) {
				return Optional.empty();
			}
			return Optional.of(left == 0 ? usedUp(entitlement) : fewerLeft(entitlement, orders, left));
		});
	}

	/**
	 * The line that answers the plan's refusal of a checkout ({@link PlanLimitReached}),
	 * once its transaction has rolled back: the plan and the cart are read again, as they
	 * are now.
	 */
	Optional<String> afterRefusal(RuntimeException failure, AuthenticatedUser clinic) {
		if (!(failure instanceof PlanLimitReached refusal)) {
			return Optional.empty();
		}
		int orders = Math.max(1, cart.view(clinic).groups().size());
		return checkout(clinic, orders)
			.or(() -> Optional.of(refusal.getMessage() + " Change plan: " + replies.portal(refusal.upgradePath())));
	}

	private String noWhatsAppOrdering(Entitlement entitlement) {
		return entitlements.cheapestOffered(PlanFeatures::whatsappOrdering)
			.map(plan -> "Ordering on WhatsApp comes with the " + plan.getName() + " plan, not your "
					+ entitlement.plan().getName() + " plan: change plan at " + planPage()
					+ " (your orders, STATUS and CANCEL keep working here).")
			.orElseGet(() -> "Ordering on WhatsApp is not part of your " + entitlement.plan().getName()
					+ " plan: order in the portal at " + replies.portal("/clinic/catalog") + ".");
	}

	private String usedUp(Entitlement entitlement) {
		return "Your " + entitlement.plan().getName() + " plan's " + orders(entitlement) + " for this month "
				+ (Integer.valueOf(1).equals(entitlement.features().ordersPerMonth()) ? "is" : "are")
				+ " used up, so nothing was ordered"
				+ upgrade(entitlement)
					.map(plan -> "; upgrade to " + plan.getName() + " to order more now: " + planPage())
					.orElse("; you can order again next month.");
	}

	private String fewerLeft(Entitlement entitlement, int orders, int left) {
		return "Your cart makes " + orders + " orders (one per manufacturer) and your " + entitlement.plan().getName()
				+ " plan has " + left + " of its " + orders(entitlement)
				+ " left this month, so nothing was ordered; send REMOVE and a SKU to order from fewer "
				+ "manufacturers"
				+ upgrade(entitlement).map(plan -> ", or upgrade to " + plan.getName() + ": " + planPage()).orElse(".");
	}

	private Optional<Plan> upgrade(Entitlement entitlement) {
		return entitlements.upgradeForMoreOrders(entitlement);
	}

	private static String orders(Entitlement entitlement) {
		return Wording.plural(entitlement.features().ordersPerMonth(), "order", "orders");
	}

	private String planPage() {
		return replies.portal(PlanLimitReached.UPGRADE_PATH);
	}

}
