package com.ayurlahi.subscriptions.internal;

import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders each clinic placed per calendar month ({@code clinic_order_usage}), raised
 * in the placing transaction, which holds the raised row's lock until it commits. The
 * month's count is the sum of the clinic's rows (slots, V42):
 * <ul>
 * <li>under a limit, the order is counted in slot 0 after locking it and summing the
 * slots: two checkouts at the limit can't both pass, since the second waits for the
 * first's lock and then sums again, seeing its count;</li>
 * <li>without a limit, in one of the other slots, picked at random: a clinic's orders
 * placed at the same moment (an API client's, a busy team's) mostly raise different rows
 * instead of each waiting for the one before it to commit.</li>
 * </ul>
 * An order counted without a limit at the very moment the clinic's plan gains one (a
 * grant ending, a subscription restricted) is not seen by a limited count running at the
 * same time: the month may then hold one order over the new limit.
 */
@Repository
public class OrderUsage {

	/**
	 * Slots a month's count is spread over: 0 for limited plans, 1 to 15 for the rest.
	 */
	static final int SLOTS = 16;

	private final JdbcClient jdbc;

	OrderUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The orders the clinic placed in {@code month}. */
	public int ordersIn(UUID clinicId, YearMonth month) {
		return jdbc.sql(
				"select coalesce(sum(orders), 0) from clinic_order_usage where clinic_id = :clinicId and usage_month = :month")
			.param("clinicId", clinicId)
			.param("month", month.toString())
			.query(Integer.class)
			.single();
	}

	/**
	 * Counts one more order in {@code month} unless that would go over {@code limit}
	 * (null: no limit); returns whether it was counted. A slot's row exists after its
	 * first order of the month, so this is usually one update (and, under a limit, a lock
	 * and a sum before it); only when it finds no row is the row created (0 orders) and
	 * the step tried again.
	 */
	public boolean take(UUID clinicId, YearMonth month, @Nullable Integer limit) {
		if (limit == null) {
			int slot = ThreadLocalRandom.current().nextInt(1, SLOTS);
			if (raise(clinicId, month, slot)) {
				return true;
			}
			create(clinicId, month, slot);
			return raise(clinicId, month, slot);
		}
		if (!lockSlotZero(clinicId, month)) {
			create(clinicId, month, 0);
			lockSlotZero(clinicId, month);
		}
		// Its own statement, after the lock: it sees what the order before committed.
		if (ordersIn(clinicId, month) >= limit) {
			return false;
		}
		return raise(clinicId, month, 0);
	}

	private boolean lockSlotZero(UUID clinicId, YearMonth month) {
		return jdbc.sql("""
				select orders from clinic_order_usage
				 where clinic_id = :clinicId and usage_month = :month and slot = 0
				   for update
				""")
			.param("clinicId", clinicId)
			.param("month", month.toString())
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private boolean raise(UUID clinicId, YearMonth month, int slot) {
		return jdbc.sql("""
				update clinic_order_usage set orders = orders + 1
				 where clinic_id = :clinicId and usage_month = :month and slot = :slot
				""").param("clinicId", clinicId).param("month", month.toString()).param("slot", slot).update() == 1;
	}

	private void create(UUID clinicId, YearMonth month, int slot) {
		jdbc.sql(
				"""
						insert into clinic_order_usage (clinic_id, usage_month, slot, orders) values (:clinicId, :month, :slot, 0)
						on conflict do nothing
						""")
			.param("clinicId", clinicId)
			.param("month", month.toString())
			.param("slot", slot)
			.update();
	}

}
