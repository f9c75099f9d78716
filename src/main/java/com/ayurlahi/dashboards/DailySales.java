package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code daily_sales}: the marketplace's or one manufacturer's paid orders,
 * captured value, commission and payouts per Indian calendar day.
 */
@Component
class DailySales {

	private final JdbcClient jdbc;

	DailySales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One day's figures. */
	record Figures(LocalDate day, long paidOrders, BigDecimal captured, BigDecimal commission, BigDecimal payout) {
	}

	/**
	 * The days from {@code first} to {@code last} that had sales, oldest first, of one
	 * manufacturer or (null) of all.
	 */
	List<Figures> between(LocalDate first, LocalDate last, @Nullable UUID manufacturerId) {
		return jdbc.sql("""
				select sales_day, sum(paid_orders) as paid_orders, sum(captured) as captured,
				       sum(commission) as commission, sum(payout) as payout
				from daily_sales
				where sales_day between :first and :last
				  and (cast(:manufacturerId as uuid) is null or manufacturer_id = cast(:manufacturerId as uuid))
				group by sales_day
				order by sales_day
				""")
			.param("first", first)
			.param("last", last)
			.param("manufacturerId", manufacturerId)
			.query((row, index) -> new Figures(row.getObject("sales_day", LocalDate.class), row.getLong("paid_orders"),
					row.getBigDecimal("captured"), row.getBigDecimal("commission"), row.getBigDecimal("payout")))
			.list();
	}

	/** The manufacturers with the most value captured between the days, most first. */
	List<Map.Entry<String, BigDecimal>> topManufacturers(LocalDate first, LocalDate last, int limit) {
		return jdbc.sql("""
				select m.company_name, t.captured
				from (select manufacturer_id, sum(captured) as captured
				      from daily_sales
				      where sales_day between :first and :last
				      group by manufacturer_id
				      order by captured desc
				      limit :limit) t
				join manufacturers m on m.id = t.manufacturer_id
				order by t.captured desc, m.company_name
				""")
			.param("first", first)
			.param("last", last)
			.param("limit", limit)
			.query((row, index) -> Map.entry(row.getString("company_name"), row.getBigDecimal("captured")))
			.list();
	}

	static Map<LocalDate, BigDecimal> byDay(List<Figures> days, java.util.function.Function<Figures, BigDecimal> of) {
		Map<LocalDate, BigDecimal> figures = new LinkedHashMap<>();
		days.forEach(day -> figures.put(day.day(), of.apply(day)));
		return figures;
	}

}
