package com.ayurlahi.dashboards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.IndianTime;

/**
 * The team's dashboard: what needs a person now, each count the size of the filtered list
 * it links to, and how the marketplace went over the last 30 days (Indian calendar days,
 * today included).
 */
@Service
public class TeamDashboard {

	/** How many days the charts cover. */
	public static final int DAYS = 30;

	private final JdbcClient jdbc;

	private final DailySales sales;

	private final Clock clock;

	TeamDashboard(JdbcClient jdbc, DailySales sales, Clock clock) {
		this.jdbc = jdbc;
		this.sales = sales;
		this.clock = clock;
	}

	/**
	 * The team's dashboard now.
	 *
	 * @param actions what waits for a person, in the order shown
	 * @param paidOrders orders paid in the last 30 days
	 * @param gross what clinics paid for them
	 * @param commission the platform's commission on them
	 * @param monthlyRecurring the monthly price (before GST) of the subscriptions that
	 * are paid up or within their grace period
	 * @param subscriptions how many subscriptions that is
	 */
	public record View(List<ActionCount> actions, long paidOrders, BigDecimal gross, BigDecimal commission,
			BigDecimal monthlyRecurring, long subscriptions, BarChart ordersChart, BarChart grossChart,
			BarChart commissionChart, RankedBars topManufacturers) {
	}

	public View now() {
		LocalDate today = IndianTime.today(clock);
		LocalDate first = today.minusDays(DAYS - 1L);
		List<DailySales.Figures> days = sales.between(first, today, null);
		Map<String, BigDecimal> mrr = jdbc.sql("""
				select coalesce(sum(p.monthly_price), 0) as mrr, count(*) as subscriptions
				from subscriptions s join subscription_plans p on p.id = s.plan_id
				where s.status in ('ACTIVE', 'PAST_DUE')
				""")
			.query((row, index) -> Map.of("mrr", row.getBigDecimal("mrr"), "count",
					BigDecimal.valueOf(row.getLong("subscriptions"))))
			.single();
		List<Map.Entry<String, BigDecimal>> top = sales.topManufacturers(first, today, 5);
		return new View(actions(), days.stream().mapToLong(DailySales.Figures::paidOrders).sum(),
				days.stream().map(DailySales.Figures::captured).reduce(BigDecimal.ZERO, BigDecimal::add),
				days.stream().map(DailySales.Figures::commission).reduce(BigDecimal.ZERO, BigDecimal::add),
				mrr.get("mrr"), mrr.get("count").longValue(),
				BarChart.daily("orders", "Paid orders per day", false, today, DAYS,
						Map.of("Paid orders", DailySales.byDay(days, day -> BigDecimal.valueOf(day.paidOrders())))),
				BarChart.daily("gross", "Gross value per day", true, today, DAYS,
						Map.of("Gross value", DailySales.byDay(days, DailySales.Figures::captured))),
				BarChart.daily("commission", "Commission earned per day", true, today, DAYS,
						Map.of("Commission", DailySales.byDay(days, DailySales.Figures::commission))),
				RankedBars.of("top-manufacturers", "Top manufacturers by value, last 30 days",
						top.stream().map(Map.Entry::getKey).toList(), top.stream().map(Map.Entry::getValue).toList()));
	}

	private List<ActionCount> actions() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select
				  (select count(*) from clinics where status = 'PENDING_APPROVAL') as clinics_waiting,
				  (select count(*) from manufacturers where status = 'PENDING_APPROVAL') as manufacturers_waiting,
				  (select count(*) from payments where review_reason is not null) as flagged_payments,
				  (select count(*) from refunds r
				   where (r.status = 'FAILED' or (r.submit_error is not null and r.next_attempt_at is null))
				     and not exists (select 1 from refunds again where again.replaces = r.id)) as refunds,
				  (select count(*) from payout_transfers
				   where status = 'AWAITING_ACCOUNT'
				      or (submit_error is not null and next_attempt_at is null)) as payouts,
				  (select count(*) from invoice_requests where issued_at is null) as documents,
				  (select count(*) from disputes
				   where status = 'AWAITING_MANUFACTURER' and respond_by <= :now) as disputes_overdue,
				  (select count(*) from disputes where status = 'ESCALATED') as disputes_escalated,
				  (select count(*) from whatsapp_outbox where status = 'FAILED') as whatsapp_failed,
				  (select count(*) from subscriptions where status = 'PAST_DUE') as past_due
				""").param("now", java.sql.Timestamp.from(clock.instant())).query((row, index) -> {
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				counts.put(row.getMetaData().getColumnLabel(column), row.getLong(column));
			}
			return counts;
		}).single();
		return List.of(
				new ActionCount("Clinics waiting for approval", counts.get("clinics_waiting"),
						"/admin/clinics?status=PENDING_APPROVAL", "clinics-waiting"),
				new ActionCount("Manufacturers waiting for approval", counts.get("manufacturers_waiting"),
						"/admin/manufacturers?status=PENDING_APPROVAL", "manufacturers-waiting"),
				new ActionCount("Payments flagged for review", counts.get("flagged_payments"),
						"/admin/payments?flagged=true", "flagged-payments"),
				new ActionCount("Refunds that need a person", counts.get("refunds"), "/admin/payments/refunds",
						"refunds"),
				new ActionCount("Payouts that need a person", counts.get("payouts"), "/admin/payments/refunds",
						"payouts"),
				new ActionCount("Documents not issued yet", counts.get("documents"), "/admin/jobs", "documents"),
				new ActionCount("Disputes past the manufacturer's deadline", counts.get("disputes_overdue"),
						"/admin/disputes?overdue=true", "disputes-overdue"),
				new ActionCount("Disputes escalated to the team", counts.get("disputes_escalated"),
						"/admin/disputes?status=ESCALATED", "disputes-escalated"),
				new ActionCount("WhatsApp messages that failed", counts.get("whatsapp_failed"),
						"/admin/whatsapp/messages?status=FAILED", "whatsapp-failed"),
				new ActionCount("Subscriptions past due", counts.get("past_due"), "/admin/subscriptions/past-due",
						"past-due"));
	}

}
