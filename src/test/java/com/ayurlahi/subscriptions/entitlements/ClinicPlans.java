package com.ayurlahi.subscriptions.entitlements;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.Subscriptions;

/**
 * Puts a test clinic on a plan the way it gets there in the application: its trial over
 * (Free), a subscription authorised and paid (and then halted: restricted), or the team's
 * grant of a plan. Test clinics are created "now", so without this they are on their
 * 14-day trial of Clinic (unlimited orders, WhatsApp ordering, 7-day dispute window). A
 * bean of every {@code @IntegrationTest}, on the application's (movable) clock.
 */
public final class ClinicPlans {

	/** The demo plans' codes (V22). */
	public static final String FREE = "FREE";

	public static final String CLINIC = "CLINIC";

	public static final String CLINIC_PLUS = "CLINIC_PLUS";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Plans plans;

	private final Subscriptions subscriptions;

	private final Clock clock;

	ClinicPlans(JdbcClient jdbc, TransactionTemplate transaction, Plans plans, Subscriptions subscriptions,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.plans = plans;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/**
	 * The clinic registered 30 days ago and never subscribed: its trial is over, it is on
	 * Free (10 orders a month, no WhatsApp ordering, 7-day dispute window).
	 */
	public void trialOver(UUID clinicId) {
		int changed = jdbc.sql("update clinics set created_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
			.param("id", clinicId)
			.update();
		if (changed != 1) {
			throw new IllegalArgumentException("No clinic " + clinicId);
		}
	}

	/**
	 * The clinic subscribed to the newest version of {@code code}, authorised the mandate
	 * and paid its first month, as Razorpay's webhooks would have it.
	 */
	public Subscription subscribed(UUID clinicId, String code) {
		Plan plan = plans.findFirstByCodeAndRetiredAtIsNullOrderByVersionDesc(code).orElseThrow();
		return transaction.execute(tx -> {
			Instant now = clock.instant();
			Subscription subscription = Subscription.create(clinicId, plan, now, null, null, null, Actor.system(), now);
			subscription.madeAtGateway("sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14),
					"https://rzp.io/i/test", now);
			subscription.authenticated("UPI", now, now);
			subscription.active(now, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)), 1, "UPI", now, now);
			return subscriptions.save(subscription);
		});
	}

	/** Razorpay gave up charging the subscription: restricted to Free's features. */
	public void halted(Subscription subscription) {
		transaction.executeWithoutResult(tx -> {
			Subscription locked = subscriptions.findForUpdate(subscription.getId()).orElseThrow();
			Instant now = clock.instant();
			if (!locked.halted(now, now)) {
				throw new IllegalStateException("Not halted: " + locked.getStatus());
			}
			subscriptions.save(locked);
		});
	}

	/**
	 * The team granted the clinic {@code plan} (by its id, which may be retired) for a
	 * month.
	 */
	public void granted(UUID clinicId, UUID planId) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into subscription_overrides (id, clinic_id, plan_id, valid_until, reason, granted_by, granted_at)
				values (:id, :clinicId, :planId, :until, 'Test grant', :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("clinicId", clinicId)
			.param("planId", planId)
			.param("until", Timestamp.from(now.plus(Duration.ofDays(30))))
			.param("by", UUID.randomUUID())
			.param("at", Timestamp.from(now))
			.update();
	}

	/**
	 * A retired plan (offered to no one, so other tests never see it) with WhatsApp
	 * ordering and a limit of {@code ordersPerMonth}; its id.
	 */
	public UUID retiredPlanWithWhatsApp(int ordersPerMonth) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into subscription_plans (id, code, version, name, description, monthly_price, orders_per_month,
				                                whatsapp_ordering, dispute_window_days, priority_support, created_at,
				                                retired_at)
				values (:id, :code, 1, 'Test Chat', null, 499.00, :orders, true, 7, false, :at, :at)
				""")
			.param("id", id)
			.param("code", "TEST_" + id.toString().substring(0, 8).toUpperCase())
			.param("orders", ordersPerMonth)
			.param("at", Timestamp.from(now))
			.update();
		return id;
	}

	/** The orders the clinic placed this month, as counted against its plan. */
	public int ordersThisMonth(UUID clinicId) {
		return jdbc.sql(
				"select coalesce(sum(orders), 0) from clinic_order_usage where clinic_id = :id and usage_month = :month")
			.param("id", clinicId)
			.param("month", Entitlements.monthOf(clock.instant()).toString())
			.query(Integer.class)
			.single();
	}

}
