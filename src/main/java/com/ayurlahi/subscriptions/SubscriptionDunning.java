package com.ayurlahi.subscriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each subscription's dunning steps ({@code subscription_dunning}): past due,
 * restricted, paid again. Written as the subscription changes, in the change's
 * transaction; the subscription itself keeps only the current spell, so the team's
 * history of a clinic reads the earlier ones from here.
 */
@Component
class SubscriptionDunning {

	private final JdbcClient jdbc;

	SubscriptionDunning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SubscriptionChanged change) {
		if (change.from() == null || change.from() == change.to() || !isDunning(change.from(), change.to())) {
			return;
		}
		jdbc.sql("""
				insert into subscription_dunning (id, subscription_id, clinic_id, from_status, to_status, happened_at)
				values (:id, :subscriptionId, :clinicId, :from, :to, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("subscriptionId", change.subscriptionId())
			.param("clinicId", change.clinicId())
			.param("from", change.from().name())
			.param("to", change.to().name())
			.param("at", Timestamp.from(change.at()))
			.update();
	}

	/** The clinic's dunning steps, oldest first. */
	List<Step> of(UUID clinicId) {
		return jdbc.sql("""
				select subscription_id, from_status, to_status, happened_at from subscription_dunning
				where clinic_id = :clinicId order by happened_at
				""")
			.param("clinicId", clinicId)
			.query((rs, row) -> new Step(rs.getObject("subscription_id", UUID.class),
					SubscriptionStatus.valueOf(rs.getString("from_status")),
					SubscriptionStatus.valueOf(rs.getString("to_status")), rs.getTimestamp("happened_at").toInstant()))
			.list();
	}

	private static boolean isDunning(SubscriptionStatus from, SubscriptionStatus to) {
		return to == SubscriptionStatus.PAST_DUE || to == SubscriptionStatus.RESTRICTED
				|| (to == SubscriptionStatus.ACTIVE
						&& (from == SubscriptionStatus.PAST_DUE || from == SubscriptionStatus.RESTRICTED));
	}

	/** One step: from one status to the next, when. */
	record Step(UUID subscriptionId, SubscriptionStatus from, SubscriptionStatus to, Instant at) {
	}

}
