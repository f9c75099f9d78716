package com.ayurlahi.subscriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What decides a clinic's plan now, read in one statement for {@link Entitlements} where
 * it decides many times a second (each order placed): whether a grant of the team
 * applies, the status of the live subscription that took effect last, whether the clinic
 * ever had a subscription, and the features of the plan the grant (or else that
 * subscription) names. It reads what {@link Entitlements#of(UUID)} reads through the
 * entities, by the same rules; {@code EntitlementsIT} holds the two to the same answers.
 */
@Repository
class PlanFacts {

	private static final List<String> LIVE = Arrays.stream(SubscriptionStatus.values())
		.filter(SubscriptionStatus::isLive)
		.map(SubscriptionStatus::name)
		.toList();

	/**
	 * Statuses that don't count as having subscribed (never authorised, or never paid).
	 */
	private static final List<String> NEVER_SUBSCRIBED = List.of(SubscriptionStatus.CREATED.name(),
			SubscriptionStatus.EXPIRED.name());

	private final JdbcClient jdbc;

	PlanFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facts of the clinic at {@code now}.
	 *
	 * @param granted whether a grant applies
	 * @param live the live subscription's status, none when no live one has taken effect
	 * @param everSubscribed whether any subscription went beyond its authorisation
	 * @param features the features of the granted plan, or else of the live
	 * subscription's plan; none without either
	 */
	record Facts(boolean granted, @Nullable SubscriptionStatus live, boolean everSubscribed,
			@Nullable PlanFeatures features) {
	}

	Facts of(UUID clinicId, Instant now) {
		return jdbc
			.sql("""
					with granted as (
					    select o.plan_id from subscription_overrides o
					     where o.clinic_id = :clinicId and o.revoked_at is null and o.valid_until > :now
					     order by o.granted_at desc
					     limit 1),
					live as (
					    select s.status, s.plan_id from subscriptions s
					     where s.clinic_id = :clinicId and s.status in (:live) and s.effective_from <= :now
					     order by s.effective_from desc, s.created_at desc
					     limit 1)
					select (select plan_id from granted) is not null as granted,
					       (select status from live) as live_status,
					       exists (select 1 from subscriptions e
					                where e.clinic_id = :clinicId and e.status not in (:neverSubscribed)) as ever_subscribed,
					       p.id as plan_id, p.orders_per_month, p.whatsapp_ordering, p.dispute_window_days, p.priority_support
					  from (select coalesce((select plan_id from granted), (select plan_id from live)) as plan_id) chosen
					  left join subscription_plans p on p.id = chosen.plan_id
					""")
			.param("clinicId", clinicId)
			.param("now", Timestamp.from(now))
			.param("live", LIVE)
			.param("neverSubscribed", NEVER_SUBSCRIBED)
			.query((row, number) -> {
				String live = row.getString("live_status");
				PlanFeatures features = null;
				if (row.getObject("plan_id") != null) {
					int ordersPerMonth = row.getInt("orders_per_month");
					features = new PlanFeatures(row.wasNull() ? null : ordersPerMonth,
							row.getBoolean("whatsapp_ordering"), row.getInt("dispute_window_days"),
							row.getBoolean("priority_support"));
				}
				return new Facts(row.getBoolean("granted"), live == null ? null : SubscriptionStatus.valueOf(live),
						row.getBoolean("ever_subscribed"), features);
			})
			.single();
	}

}
