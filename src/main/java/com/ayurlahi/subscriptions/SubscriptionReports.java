package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.tax.Money;

/**
 * The team's read side of subscriptions: the figures ({@link SubscriptionOverview} says
 * exactly what each counts), the subscribers by status, the past-due list, the charges
 * per month and the grants that apply now ({@link SubscriptionHistories} has each
 * clinic's history). Figures are computed by the database (aggregates), lists a page at a
 * time. Callers decide who may read them: they are the team's (ADMIN and SUPPORT).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionReports {

	/** The window churn is measured over. */
	public static final Duration CHURN_WINDOW = Duration.ofDays(30);

	private static final String PAYING = "'AUTHENTICATED', 'ACTIVE', 'PAST_DUE'";

	/**
	 * The subscriptions whose plan applies to their clinic now: no other live one of the
	 * clinic took effect later (see {@link Entitlements#current}).
	 */
	private static final String APPLYING_NOW = """
			s.effective_from <= :now
			and not exists (select 1 from subscriptions later
			                 where later.clinic_id = s.clinic_id and later.id <> s.id
			                   and later.status in ('AUTHENTICATED', 'ACTIVE', 'PAST_DUE', 'RESTRICTED')
			                   and later.effective_from <= :now
			                   and (later.effective_from > s.effective_from
			                        or (later.effective_from = s.effective_from and later.created_at > s.created_at)))
			""";

	private static final String PAYING_AT_START = """
			s.authorised_at <= :start and (s.ended_at is null or s.ended_at > :start)
			and (s.restricted_at is null or s.restricted_at > :start)
			""";

	private static final String ROWS = """
			select s.id, s.clinic_id, s.plan_id, p.name as plan_name, p.version as plan_version, p.monthly_price,
			       s.status, s.current_end, s.payment_method, coalesce(s.authorised_at, s.created_at) as since,
			       s.past_due_since, s.cancel_at_cycle_end, s.replaced_by_id, s.ended_at
			  from subscriptions s join subscription_plans p on p.id = s.plan_id
			""";

	private final JdbcClient jdbc;

	private final Subscriptions subscriptions;

	private final PlanGrants grants;

	private final PlanOverrides overrides;

	private final ClinicManagement clinics;

	private final SubscriptionSettings settings;

	private final Clock clock;

	SubscriptionReports(JdbcClient jdbc, Subscriptions subscriptions, PlanGrants grants, PlanOverrides overrides,
			ClinicManagement clinics, SubscriptionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.grants = grants;
		this.overrides = overrides;
		this.clinics = clinics;
		this.settings = settings;
		this.clock = clock;
	}

	/** The figures now. */
	public SubscriptionOverview overview() {
		Instant now = clock.instant();
		record StatusTotal(SubscriptionStatus status, long clinics, BigDecimal revenue) {
		}
		List<StatusTotal> totals = jdbc
			.sql("select s.status, count(*) as clinics, sum(p.monthly_price) as revenue"
					+ " from subscriptions s join subscription_plans p on p.id = s.plan_id where s.status in (" + PAYING
					+ ") and " + APPLYING_NOW + " group by s.status")
			.param("now", Timestamp.from(now))
			.query((row, number) -> new StatusTotal(SubscriptionStatus.valueOf(row.getString("status")),
					row.getLong("clinics"), row.getBigDecimal("revenue")))
			.list();
		long pastDue = totals.stream()
			.filter(total -> total.status() == SubscriptionStatus.PAST_DUE)
			.mapToLong(StatusTotal::clinics)
			.sum();
		long active = totals.stream().mapToLong(StatusTotal::clinics).sum() - pastDue;
		BigDecimal revenue = Money
			.rupees(totals.stream().map(StatusTotal::revenue).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new SubscriptionOverview(now, revenue, active, pastDue, churn(now),
				monthly(Entitlements.monthOf(now), 1).getFirst());
	}

	/** Churn over the {@link #CHURN_WINDOW} up to {@code end}. */
	SubscriptionOverview.Churn churn(Instant end) {
		Instant start = end.minus(CHURN_WINDOW);
		long payingAtStart = jdbc
			.sql("select count(distinct s.clinic_id) from subscriptions s where " + PAYING_AT_START)
			.param("start", Timestamp.from(start))
			.query(Long.class)
			.single();
		long stopped = jdbc
			.sql("select count(distinct s.clinic_id) from subscriptions s where " + PAYING_AT_START
					+ " and not exists (select 1 from subscriptions n where n.clinic_id = s.clinic_id"
					+ " and n.status in (" + PAYING + "))")
			.param("start", Timestamp.from(start))
			.query(Long.class)
			.single();
		return new SubscriptionOverview.Churn(start, end, payingAtStart, stopped);
	}

	/**
	 * The subscriptions in {@code status} (all when null), the most recently changed
	 * first.
	 */
	public Page<SubscriberRow> subscribers(@Nullable SubscriptionStatus status, Pageable page) {
		String where = status == null ? "" : " where s.status = :status";
		var count = jdbc.sql("select count(*) from subscriptions s" + where);
		var rows = jdbc.sql(ROWS + where + " order by s.updated_at desc, s.id limit :limit offset :offset");
		if (status != null) {
			count = count.param("status", status.name());
			rows = rows.param("status", status.name());
		}
		long total = count.query(Long.class).single();
		if (total == 0) {
			return Page.empty(page);
		}
		return new PageImpl<>(named(
				rows.param("limit", page.getPageSize()).param("offset", page.getOffset()).query(this::row).list()),
				page, total);
	}

	/**
	 * The past-due subscriptions, the one whose grace period ends first first, each with
	 * the end of its grace period.
	 */
	public Page<SubscriberRow> pastDue(Pageable page) {
		long total = subscriptions.countByStatus(SubscriptionStatus.PAST_DUE);
		if (total == 0) {
			return Page.empty(page);
		}
		return new PageImpl<>(named(jdbc
			.sql(ROWS + " where s.status = 'PAST_DUE' order by s.past_due_since, s.id limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(this::row)
			.list()), page, total);
	}

	/**
	 * What the charges took in each of the last {@code months} calendar months (Indian
	 * time), this month first.
	 */
	public List<MonthlyCharges> monthlyCharges(int months) {
		return monthly(Entitlements.monthOf(clock.instant()), months);
	}

	private List<MonthlyCharges> monthly(YearMonth latest, int months) {
		List<MonthlyCharges> totals = new ArrayList<>();
		for (int back = 0; back < months; back++) {
			YearMonth month = latest.minusMonths(back);
			Instant from = month.atDay(1).atStartOfDay(IndianTime.ZONE).toInstant();
			Instant to = month.plusMonths(1).atDay(1).atStartOfDay(IndianTime.ZONE).toInstant();
			totals.add(jdbc
				.sql("""
						select count(*) as charges, coalesce(sum(amount), 0) as amount,
						       coalesce(sum(taxable_value), 0) as taxable_value, coalesce(sum(refunded_amount), 0) as refunded
						  from subscription_charges where charged_at >= :from and charged_at < :to
						""")
				.param("from", Timestamp.from(from))
				.param("to", Timestamp.from(to))
				.query((row, number) -> new MonthlyCharges(month, row.getLong("charges"),
						Money.rupees(row.getBigDecimal("amount")), Money.rupees(row.getBigDecimal("taxable_value")),
						Money.rupees(row.getBigDecimal("refunded"))))
				.single());
		}
		return totals;
	}

	/**
	 * The team's grants that apply now, the one that ends first first, at most
	 * {@code max}.
	 */
	public List<GrantNow> grantsNow(int max) {
		Instant now = clock.instant();
		List<UUID> ids = jdbc.sql("""
				select id from subscription_overrides where revoked_at is null and valid_until > :now
				 order by valid_until, id limit :max
				""").param("now", Timestamp.from(now)).param("max", max).query(UUID.class).list();
		List<PlanGrant> applying = grants.named(overrides.findAllById(ids), now)
			.stream()
			.sorted(Comparator.comparing(PlanGrant::validUntil).thenComparing(PlanGrant::id))
			.toList();
		Map<UUID, String> names = clinics.namesOf(applying.stream().map(PlanGrant::clinicId).distinct().toList());
		return applying.stream()
			.map(grant -> new GrantNow(names.getOrDefault(grant.clinicId(), "(clinic " + grant.clinicId() + ")"),
					grant))
			.toList();
	}

	/** A grant that applies now, and the clinic's name. */
	public record GrantNow(String clinicName, PlanGrant grant) {
	}

	private List<SubscriberRow> named(List<SubscriberRow> rows) {
		Map<UUID, String> names = clinics.namesOf(rows.stream().map(SubscriberRow::clinicId).distinct().toList());
		return rows.stream().map(row -> row.named(names.get(row.clinicId()))).toList();
	}

	private SubscriberRow row(ResultSet row, int number) throws SQLException {
		Instant pastDueSince = instant(row, "past_due_since");
		return new SubscriberRow(row.getObject("id", UUID.class), row.getObject("clinic_id", UUID.class), "",
				row.getObject("plan_id", UUID.class), row.getString("plan_name"), row.getInt("plan_version"),
				Money.rupees(row.getBigDecimal("monthly_price")), SubscriptionStatus.valueOf(row.getString("status")),
				instant(row, "current_end"), row.getString("payment_method"),
				Objects.requireNonNull(instant(row, "since")), pastDueSince,
				pastDueSince == null ? null : pastDueSince.plus(settings.grace()),
				row.getBoolean("cancel_at_cycle_end"), row.getObject("replaced_by_id", UUID.class),
				instant(row, "ended_at"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
