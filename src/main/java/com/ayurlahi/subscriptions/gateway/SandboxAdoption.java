package com.ayurlahi.subscriptions.gateway;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.ayurlahi.subscriptions.SubscriptionSettings;

/**
 * Hands the sandbox back, after a restart, the live subscriptions our database has of it
 * (active, or past due with a failed charge): the dev profile's demo subscriptions, and
 * the benchmark's. One the sandbox knows is left as it is; one without a Razorpay plan or
 * a paid cycle is not the sandbox's to adopt.
 */
@Component
@Conditional(UsesSandbox.class)
public class SandboxAdoption {

	private final SandboxSubscriptions sandbox;

	private final JdbcClient jdbc;

	private final SubscriptionSettings settings;

	SandboxAdoption(SandboxSubscriptions sandbox, JdbcClient jdbc, SubscriptionSettings settings) {
		this.sandbox = sandbox;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Adopts every live subscription of the database; returns how many were new to it.
	 */
	public int adoptLive() {
		int[] adopted = { 0 };
		jdbc.sql("""
				select s.id, s.clinic_id, s.status, s.gateway_subscription_id, p.gateway_plan_id, s.current_start,
				       s.current_end, s.paid_count, s.payment_method
				from subscriptions s join subscription_plans p on p.id = s.plan_id
				where s.status in ('ACTIVE', 'PAST_DUE') and s.gateway_subscription_id is not null
				  and p.gateway_plan_id is not null and s.current_start is not null and s.current_end is not null
				""").query(row -> {
			String gatewayId = row.getString("gateway_subscription_id");
			if (sandbox.knows(gatewayId)) {
				return;
			}
			Map<String, String> notes = Map.of("subscriptionId", row.getString("id"), "clinicId",
					row.getString("clinic_id"));
			Instant start = row.getObject("current_start", OffsetDateTime.class).toInstant();
			Instant end = row.getObject("current_end", OffsetDateTime.class).toInstant();
			SandboxSubscriptions.Method method = methodOf(row.getString("payment_method"));
			if ("PAST_DUE".equals(row.getString("status"))) {
				sandbox.adoptPastDue(gatewayId, row.getString("gateway_plan_id"), start, end, row.getInt("paid_count"),
						settings.totalCycles(), method, notes);
			}
			else {
				sandbox.adopt(gatewayId, row.getString("gateway_plan_id"), start, end, row.getInt("paid_count"),
						settings.totalCycles(), method, notes);
			}
			adopted[0]++;
		});
		return adopted[0];
	}

	private static SandboxSubscriptions.Method methodOf(String kind) {
		if (RazorpayMethods.CARD.equals(kind)) {
			return SandboxSubscriptions.Method.CARD;
		}
		if (RazorpayMethods.EMANDATE.equals(kind)) {
			return SandboxSubscriptions.Method.EMANDATE;
		}
		return SandboxSubscriptions.Method.UPI;
	}

}
