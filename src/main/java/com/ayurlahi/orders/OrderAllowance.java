package com.ayurlahi.orders;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a clinic's plan allows it to order, asked by {@link OrderPlacement} for every
 * order in the order's transaction. The subscriptions module implements it; without it
 * every clinic may order without limit under the configured dispute window
 * ({@link #UNLIMITED}).
 */
public interface OrderAllowance {

	/** The terms of an order when no plan decides: no limit, the configured window. */
	OrderTerms UNLIMITED = new OrderTerms(null);

	/**
	 * Counts one more order of the clinic against its plan for this month, or refuses it.
	 * The count is part of the placing transaction, so an order that is not placed after
	 * all (a refusal further on, a rollback) is not counted.
	 * @param source where the clinic is ordering from (WhatsApp ordering is a feature of
	 * some plans)
	 * @return the terms the order is placed under
	 * @throws com.ayurlahi.common.ConflictException when the plan does not allow it: the
	 * month's orders are used up, or it has no WhatsApp ordering
	 */
	OrderTerms take(UUID clinicId, OrderSource source);

	/**
	 * Refuses at once a checkout that would place more orders than the clinic's plan has
	 * left this month, so that the refusal speaks of the whole cart. It counts nothing:
	 * {@link #take}, asked for each order, counts and decides.
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
	 */
	record OrderTerms(@Nullable Integer disputeWindowDays) {
	}

}
