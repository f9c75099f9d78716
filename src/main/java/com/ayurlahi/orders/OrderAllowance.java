package com.ayurlahi.orders;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a clinic's plan allows it to order, asked by {@link OrderPlacement} for every
 * order in the order's transaction: first for the terms the order is placed under, then,
 * once the order is written, to count it. The subscriptions module implements it; without
 * it every clinic may order without limit under the configured dispute window
 * ({@link #UNLIMITED}).
 */
public interface OrderAllowance {

	/** The terms of an order when no plan decides: no limit, the configured window. */
	OrderTerms UNLIMITED = new OrderTerms(null, null);

	/**
	 * The allowance when no module decides plans: every order, under {@link #UNLIMITED}.
	 */
	OrderAllowance NONE = new OrderAllowance() {

		@Override
		public OrderTerms terms(UUID clinicId, OrderSource source) {
			return UNLIMITED;
		}

		@Override
		public void count(UUID clinicId, OrderTerms terms) {
		}

	};

	/**
	 * The terms the clinic's plan places an order from {@code source} under. It counts
	 * nothing ({@link #count} does, last).
	 * @param source where the clinic is ordering from (WhatsApp ordering is a feature of
	 * some plans)
	 * @throws com.ayurlahi.common.ConflictException when the plan has no WhatsApp
	 * ordering and the order comes from WhatsApp
	 */
	OrderTerms terms(UUID clinicId, OrderSource source);

	/**
	 * Counts one more order of the clinic against its plan for this month, or refuses it.
	 * The count is part of the placing transaction, so an order that is not placed after
	 * all (a rollback) is not counted. {@link OrderPlacement} counts an order last, when
	 * everything else of it is written: counting locks the clinic's count for the month
	 * until the commit, and another order of the clinic waits for it.
	 * @param terms what {@link #terms} gave for this order
	 * @throws com.ayurlahi.common.ConflictException when the month's orders are used up
	 */
	void count(UUID clinicId, OrderTerms terms);

	/**
	 * Refuses at once a checkout that would place more orders than the clinic's plan has
	 * left this month, so that the refusal speaks of the whole cart. It counts nothing:
	 * {@link #count}, asked for each order, counts and decides.
	 * @throws com.ayurlahi.common.ConflictException when the plan does not allow
	 * {@code orders} more orders, or no WhatsApp ordering
	 */
	default void check(UUID clinicId, OrderSource source, int orders) {
	}

	/**
	 * What the clinic's plan gives an order as it is placed.
	 *
	 * @param disputeWindowDays how many days after delivery the clinic may report a
	 * problem with it; null: the configured window ({@code ayurlahi.disputes.window})
	 * @param ordersPerMonth how many orders a month the plan allows; null: no limit
	 */
	record OrderTerms(@Nullable Integer disputeWindowDays, @Nullable Integer ordersPerMonth) {
	}

}
