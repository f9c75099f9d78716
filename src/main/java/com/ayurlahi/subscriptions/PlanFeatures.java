package com.ayurlahi.subscriptions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * What a plan gives a clinic, each feature with its type.
 *
 * @param ordersPerMonth how many orders the clinic may place in a calendar month (Indian
 * time); null: unlimited
 * @param whatsappOrdering whether the clinic may order over WhatsApp
 * @param disputeWindowDays how many days after delivery the clinic may report a problem
 * with an order
 * @param prioritySupport whether the team answers the clinic first
 */
@Embeddable
public record PlanFeatures(@Column(name = "orders_per_month") @Nullable Integer ordersPerMonth,
		@Column(name = "whatsapp_ordering") boolean whatsappOrdering,
		@Column(name = "dispute_window_days") int disputeWindowDays,
		@Column(name = "priority_support") boolean prioritySupport) {

	/** The longest dispute window a plan may give. */
	public static final int MAX_DISPUTE_WINDOW_DAYS = 90;

	public boolean unlimitedOrders() {
		return ordersPerMonth == null;
	}

	/** Whether one more order fits when {@code used} were placed this month. */
	public boolean allowsOneMore(int used) {
		return ordersPerMonth == null || used < ordersPerMonth;
	}

	/** "Unlimited orders" or "10 orders a month", as the pages say it. */
	public String ordersText() {
		return ordersPerMonth == null ? "Unlimited orders"
				: ordersPerMonth + (ordersPerMonth == 1 ? " order" : " orders") + " a month";
	}

}
