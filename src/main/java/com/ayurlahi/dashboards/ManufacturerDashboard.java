package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.IndianTime;

/**
 * A manufacturer's dashboard: the paid orders it has to pack and ship (oldest first), its
 * products running low, the disputes waiting for its answer (soonest deadline first), its
 * sales and payouts per day over 30 days and its dispute rate. It names the clinics of
 * its orders as the orders do, never their contact details.
 */
@Service
public class ManufacturerDashboard {

	/** How many days the chart covers. */
	public static final int DAYS = 30;

	/** How many days the dispute rate looks back. */
	public static final int RATE_DAYS = 90;

	private static final int LIST_LIMIT = 10;

	private final JdbcClient jdbc;

	private final DailySales sales;

	private final Clock clock;

	ManufacturerDashboard(JdbcClient jdbc, DailySales sales, Clock clock) {
		this.jdbc = jdbc;
		this.sales = sales;
		this.clock = clock;
	}

	/**
	 * A manufacturer's dashboard.
	 *
	 * @param toPack paid orders not started yet (CONFIRMED), oldest first, the first ten
	 * @param toShip orders being packed (PROCESSING), oldest first, the first ten
	 * @param lowStock listed products at or below their low-stock threshold, fewest first
	 * @param disputes disputes waiting for the manufacturer's answer, soonest deadline
	 * first
	 * @param paidOrders orders paid in the last 30 days
	 * @param sales what clinics paid for them
	 * @param payouts what the manufacturer is owed for them
	 * @param disputesOpened disputes opened over the last 90 days
	 * @param ordersPaid orders paid over the last 90 days
	 */
	public record View(Queue toPack, Queue toShip, List<LowStock> lowStock, List<DisputeDue> disputes, long paidOrders,
			BigDecimal sales, BigDecimal payouts, BarChart chart, long disputesOpened, long ordersPaid) {

		/**
		 * Disputes opened per hundred orders paid, to one decimal; null without orders.
		 */
		public @org.jspecify.annotations.Nullable BigDecimal disputeRate() {
			return ordersPaid == 0 ? null : BigDecimal.valueOf(disputesOpened * 100)
				.divide(BigDecimal.valueOf(ordersPaid), 1, RoundingMode.HALF_UP);
		}

	}

	/** How many orders wait in one state, and the oldest of them. */
	public record Queue(long count, List<OrderWaiting> oldest) {
	}

	/**
	 * An order waiting, with how long since it was placed.
	 *
	 * @param clinicName the ordering clinic's name as the order has it
	 */
	public record OrderWaiting(UUID id, String orderNumber, String clinicName, BigDecimal total, Instant placedAt,
			Duration age) {

		/** "3 days", "5 hours", "12 minutes". */
		public String ageText() {
			return Ages.of(age);
		}

	}

	/** A product at or below its threshold. */
	public record LowStock(UUID id, String name, String sku, int stock, int threshold) {
	}

	/** A dispute waiting for the manufacturer's answer by {@code respondBy}. */
	public record DisputeDue(UUID id, String disputeNumber, String orderNumber, Instant respondBy, boolean overdue) {
	}

	/**
	 * The dashboard of the manufacturer {@code manufacturerId}, run by the account given.
	 */
	public View of(UUID manufacturerId, UUID manufacturerUserId) {
		Instant now = clock.instant();
		LocalDate today = IndianTime.today(clock);
		List<DailySales.Figures> month = sales.between(today.minusDays(DAYS - 1L), today, manufacturerId);
		long ordersPaid = sales.between(today.minusDays(RATE_DAYS - 1L), today, manufacturerId)
			.stream()
			.mapToLong(DailySales.Figures::paidOrders)
			.sum();
		long disputesOpened = jdbc
			.sql("select count(*) from disputes where manufacturer_user_id = :user and opened_at >= :since")
			.param("user", manufacturerUserId)
			.param("since",
					java.sql.Timestamp.from(today.minusDays(RATE_DAYS - 1L).atStartOfDay(IndianTime.ZONE).toInstant()))
			.query(Long.class)
			.single();
		Map<String, Map<LocalDate, BigDecimal>> series = new LinkedHashMap<>();
		series.put("Sales", DailySales.byDay(month, DailySales.Figures::captured));
		series.put("Payouts", DailySales.byDay(month, DailySales.Figures::payout));
		return new View(queue(manufacturerUserId, "CONFIRMED", now), queue(manufacturerUserId, "PROCESSING", now),
				lowStock(manufacturerId), disputes(manufacturerUserId, now),
				month.stream().mapToLong(DailySales.Figures::paidOrders).sum(),
				month.stream().map(DailySales.Figures::captured).reduce(BigDecimal.ZERO, BigDecimal::add),
				month.stream().map(DailySales.Figures::payout).reduce(BigDecimal.ZERO, BigDecimal::add),
				BarChart.daily("sales", "Sales and payouts per day", true, today, DAYS, series), disputesOpened,
				ordersPaid);
	}

	private Queue queue(UUID manufacturerUserId, String status, Instant now) {
		long count = jdbc.sql("select count(*) from orders where manufacturer_user_id = :user and status = :status")
			.param("user", manufacturerUserId)
			.param("status", status)
			.query(Long.class)
			.single();
		List<OrderWaiting> oldest = jdbc.sql("""
				select id, order_number, clinic_name, total, created_at
				from orders
				where manufacturer_user_id = :user and status = :status
				order by created_at
				limit :limit
				""")
			.param("user", manufacturerUserId)
			.param("status", status)
			.param("limit", LIST_LIMIT)
			.query((row, index) -> {
				Instant placed = row.getTimestamp("created_at").toInstant();
				return new OrderWaiting(row.getObject("id", UUID.class), row.getString("order_number"),
						row.getString("clinic_name"), row.getBigDecimal("total"), placed,
						Duration.between(placed, now));
			})
			.list();
		return new Queue(count, oldest);
	}

	private List<LowStock> lowStock(UUID manufacturerId) {
		return jdbc.sql("""
				select id, name, sku, stock_quantity, low_stock_threshold
				from products
				where manufacturer_id = :manufacturer and archived_at is null and active
				  and stock_quantity <= low_stock_threshold
				order by stock_quantity, name
				limit :limit
				""")
			.param("manufacturer", manufacturerId)
			.param("limit", LIST_LIMIT)
			.query((row, index) -> new LowStock(row.getObject("id", UUID.class), row.getString("name"),
					row.getString("sku"), row.getInt("stock_quantity"), row.getInt("low_stock_threshold")))
			.list();
	}

	private List<DisputeDue> disputes(UUID manufacturerUserId, Instant now) {
		return jdbc.sql("""
				select id, dispute_number, order_number, respond_by
				from disputes
				where manufacturer_user_id = :user and status = 'AWAITING_MANUFACTURER'
				order by respond_by
				limit :limit
				""").param("user", manufacturerUserId).param("limit", LIST_LIMIT).query((row, index) -> {
			Instant respondBy = row.getTimestamp("respond_by").toInstant();
			return new DisputeDue(row.getObject("id", UUID.class), row.getString("dispute_number"),
					row.getString("order_number"), respondBy, !respondBy.isAfter(now));
		}).list();
	}

}
