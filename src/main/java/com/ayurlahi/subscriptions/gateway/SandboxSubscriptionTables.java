package com.ayurlahi.subscriptions.gateway;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription sandbox's plans, subscriptions and the payments it took, each a row of
 * its {@code sandbox_subscription…} table holding it as a JSON document, so that every
 * instance on the database and a restart see the same subscriptions. A change reads the
 * subscription with {@code FOR UPDATE} ({@link #lock}) and writes it back in the same
 * transaction.
 */
final class SandboxSubscriptionTables {

	/**
	 * Our own mapper: the documents are the sandbox's, not shaped by the API's settings.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SandboxSubscriptionTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SandboxPlan> plan(String id) {
		return jdbc.sql("select body from sandbox_subscription_plans where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(body -> JSON.readValue(body, SandboxPlan.class));
	}

	void insert(SandboxPlan plan) {
		jdbc.sql("insert into sandbox_subscription_plans (id, body) values (:id, :body)")
			.param("id", plan.id())
			.param("body", JSON.writeValueAsString(plan))
			.update();
	}

	void insert(SandboxSubscription subscription) {
		jdbc.sql("insert into sandbox_subscriptions (id, body, created_at) values (:id, :body, :at)")
			.param("id", subscription.id)
			.param("body", JSON.writeValueAsString(subscription.stored()))
			.param("at", Timestamp.from(subscription.createdAt))
			.update();
	}

	boolean exists(String id) {
		return jdbc.sql("select count(*) from sandbox_subscriptions where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	Optional<SandboxSubscription> find(String id) {
		return row(id, "");
	}

	Optional<SandboxSubscription> lock(String id) {
		return row(id, " for update");
	}

	/**
	 * Locks the next subscription after {@code afterId} that no other instance holds, for
	 * a run over them all.
	 */
	Optional<SandboxSubscription> lockNextAfter(String afterId) {
		return jdbc.sql("""
				select body from sandbox_subscriptions where id > :after order by id limit 1 for update skip locked
				""").param("after", afterId).query(String.class).optional().map(SandboxSubscriptionTables::read);
	}

	void update(SandboxSubscription subscription) {
		jdbc.sql("update sandbox_subscriptions set body = :body where id = :id")
			.param("id", subscription.id)
			.param("body", JSON.writeValueAsString(subscription.stored()))
			.update();
	}

	/** A payment taken for {@code subscriptionId}, which its refunds find it by. */
	void paid(String paymentId, String subscriptionId) {
		jdbc.sql("insert into sandbox_subscription_payments (payment_id, subscription_id) values (:payment, :sub)")
			.param("payment", paymentId)
			.param("sub", subscriptionId)
			.update();
	}

	Optional<String> subscriptionOfPayment(String paymentId) {
		return jdbc.sql("select subscription_id from sandbox_subscription_payments where payment_id = :payment")
			.param("payment", paymentId)
			.query(String.class)
			.optional();
	}

	private Optional<SandboxSubscription> row(String id, String lock) {
		return jdbc.sql("select body from sandbox_subscriptions where id = :id" + lock)
			.param("id", id)
			.query(String.class)
			.optional()
			.map(SandboxSubscriptionTables::read);
	}

	private static SandboxSubscription read(String body) {
		return new SandboxSubscription(JSON.readValue(body, SandboxSubscription.Stored.class));
	}

}
