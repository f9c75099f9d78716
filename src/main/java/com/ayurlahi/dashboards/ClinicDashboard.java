package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.subscriptions.Entitlement;
import com.ayurlahi.subscriptions.Entitlements;

/**
 * A clinic's dashboard: its paid orders on their way, what it spent this month and last
 * (Indian calendar months, orders paid and not refunded, at their totals after cancelled
 * items), the products it ordered in more than one order with the quantity it last took
 * (to put in the cart again), its open disputes and its plan's use this month.
 */
@Service
public class ClinicDashboard {

	/** The statuses of orders paid for and not refunded. */
	private static final String PAID = "('CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'PARTIALLY_FULFILLED')";

	private static final int LIST_LIMIT = 10;

	private static final int OFTEN_LIMIT = 6;

	private final JdbcClient jdbc;

	private final Entitlements entitlements;

	private final Clock clock;

	ClinicDashboard(JdbcClient jdbc, Entitlements entitlements, Clock clock) {
		this.jdbc = jdbc;
		this.entitlements = entitlements;
		this.clock = clock;
	}

	/**
	 * A clinic's dashboard.
	 *
	 * @param onTheWay paid orders not delivered yet, newest first, the first ten
	 * @param spentThisMonth the totals of this month's paid orders
	 * @param spentLastMonth the same for last month
	 * @param often products ordered in more than one paid order, most often first
	 * @param disputes its open disputes, newest first
	 * @param plan what its plan allows and how much of it this month used
	 */
	public record View(List<OrderOnItsWay> onTheWay, BigDecimal spentThisMonth, BigDecimal spentLastMonth,
			YearMonth thisMonth, List<OftenOrdered> often, List<OpenDispute> disputes, Entitlement plan) {
	}

	/** A paid order not delivered yet, with its tracking once shipped. */
	public record OrderOnItsWay(UUID id, String orderNumber, String manufacturerName, String status, BigDecimal total,
			Instant placedAt, @Nullable String carrier, @Nullable String trackingNumber) {

		public String statusLabel() {
			return switch (status) {
				case "CONFIRMED" -> "Paid, waiting to be packed";
				case "PROCESSING" -> "Being packed";
				default -> "Shipped";
			};
		}

	}

	/**
	 * A product the clinic orders often.
	 *
	 * @param orders in how many paid orders it was
	 * @param quantity how many it took last time (at least the product's minimum now)
	 * @param orderable whether it can be put in the cart now in that quantity (listed, in
	 * stock)
	 */
	public record OftenOrdered(UUID productId, String name, String packSize, BigDecimal unitPrice, long orders,
			int quantity, boolean orderable) {
	}

	/** An open dispute and where it stands. */
	public record OpenDispute(UUID id, String disputeNumber, String orderNumber, String status, Instant openedAt) {

		public String statusLabel() {
			return switch (status) {
				case "AWAITING_MANUFACTURER" -> "Waiting for the manufacturer";
				case "AWAITING_CLINIC" -> "Waiting for you";
				default -> "With the Ayurlahi team";
			};
		}

	}

	/** The dashboard of the clinic {@code clinicId}, run by the account given. */
	public View of(UUID clinicId, UUID clinicUserId) {
		Instant now = clock.instant();
		YearMonth thisMonth = YearMonth.from(now.atZone(IndianTime.ZONE));
		return new View(onTheWay(clinicUserId), spent(clinicUserId, thisMonth),
				spent(clinicUserId, thisMonth.minusMonths(1)), thisMonth, often(clinicUserId), disputes(clinicUserId),
				entitlements.of(clinicId));
	}

	private List<OrderOnItsWay> onTheWay(UUID clinicUserId) {
		return jdbc.sql("""
				select id, order_number, manufacturer_name, status, total, created_at, carrier, tracking_number
				from orders
				where clinic_user_id = :user and status in ('CONFIRMED', 'PROCESSING', 'SHIPPED')
				order by created_at desc
				limit :limit
				""")
			.param("user", clinicUserId)
			.param("limit", LIST_LIMIT)
			.query((row, index) -> new OrderOnItsWay(row.getObject("id", UUID.class), row.getString("order_number"),
					row.getString("manufacturer_name"), row.getString("status"), row.getBigDecimal("total"),
					row.getTimestamp("created_at").toInstant(), row.getString("carrier"),
					row.getString("tracking_number")))
			.list();
	}

	private BigDecimal spent(UUID clinicUserId, YearMonth month) {
		return jdbc
			.sql("select coalesce(sum(total), 0) from orders where clinic_user_id = :user and status in " + PAID
					+ " and created_at >= :from and created_at < :until")
			.param("user", clinicUserId)
			.param("from", java.sql.Timestamp.from(month.atDay(1).atStartOfDay(IndianTime.ZONE).toInstant()))
			.param("until",
					java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(IndianTime.ZONE).toInstant()))
			.query(BigDecimal.class)
			.single()
			.setScale(2);
	}

	private List<OftenOrdered> often(UUID clinicUserId) {
		return jdbc
			.sql("""
					select p.id, p.name, p.pack_size, p.unit_price, p.min_order_quantity, p.stock_quantity,
					       p.active and p.archived_at is null as listed, t.orders,
					       (select i.quantity from order_items i join orders o on o.id = i.order_id
					        where o.clinic_user_id = :user and i.product_id = p.id and i.status = 'ORDERED' and o.status in %s
					        order by o.created_at desc limit 1) as last_quantity
					from (select i.product_id, count(distinct o.id) as orders
					      from orders o join order_items i on i.order_id = o.id
					      where o.clinic_user_id = :user and o.status in %s and i.status = 'ORDERED'
					      group by i.product_id
					      having count(distinct o.id) > 1) t
					join products p on p.id = t.product_id
					order by t.orders desc, p.name
					limit :limit
					"""
				.formatted(PAID, PAID))
			.param("user", clinicUserId)
			.param("limit", OFTEN_LIMIT)
			.query((row, index) -> {
				int quantity = Math.max(row.getInt("last_quantity"), row.getInt("min_order_quantity"));
				return new OftenOrdered(row.getObject("id", UUID.class), row.getString("name"),
						row.getString("pack_size"), row.getBigDecimal("unit_price"), row.getLong("orders"), quantity,
						row.getBoolean("listed") && row.getInt("stock_quantity") >= quantity);
			})
			.list();
	}

	private List<OpenDispute> disputes(UUID clinicUserId) {
		return jdbc.sql("""
				select id, dispute_number, order_number, status, opened_at
				from disputes
				where clinic_user_id = :user and open_order_id is not null
				order by opened_at desc
				limit :limit
				""")
			.param("user", clinicUserId)
			.param("limit", LIST_LIMIT)
			.query((row, index) -> new OpenDispute(row.getObject("id", UUID.class), row.getString("dispute_number"),
					row.getString("order_number"), row.getString("status"), row.getTimestamp("opened_at").toInstant()))
			.list();
	}

}
