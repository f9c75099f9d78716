package com.ayurlahi.subscriptions.internal;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orders each clinic placed per calendar month ({@code clinic_order_usage}), raised
 * in the placing transaction by one conditional update: two checkouts at the limit can't
 * both pass, since the second waits for the first's row lock and then sees its count.
 */
@Repository
public class OrderUsage {

	private final JdbcClient jdbc;

	OrderUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The orders the clinic placed in {@code month}. */
	public int ordersIn(UUID clinicId, YearMonth month) {
		return jdbc.sql("select orders from clinic_order_usage where clinic_id = :clinicId and usage_month = :month")
			.param("clinicId", clinicId)
			.param("month", month.toString())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Counts one more order in {@code month} unless that would go over {@code limit}
	 * (null: no limit); returns whether it was counted. The month's row exists after the
	 * clinic's first order in it, so this is usually one conditional update; only when it
	 * finds no row is the row created (0 orders) and the update tried again.
	 */
	public boolean take(UUID clinicId, YearMonth month, @Nullable Integer limit) {
		if (counted(clinicId, month, limit)) {
			return true;
		}
		jdbc.sql("""
				insert into clinic_order_usage (clinic_id, usage_month, orders) values (:clinicId, :month, 0)
				on conflict do nothing
				""").param("clinicId", clinicId).param("month", month.toString()).update();
		return counted(clinicId, month, limit);
	}

	private boolean counted(UUID clinicId, YearMonth month, @Nullable Integer limit) {
		if (limit == null) {
			return jdbc.sql(
					"update clinic_order_usage set orders = orders + 1 where clinic_id = :clinicId and usage_month = :month")
				.param("clinicId", clinicId)
				.param("month", month.toString())
				.update() == 1;
		}
		return jdbc.sql("""
				update clinic_order_usage set orders = orders + 1
				where clinic_id = :clinicId and usage_month = :month and orders < :limit
				""").param("clinicId", clinicId).param("month", month.toString()).param("limit", limit).update() == 1;
	}

}
