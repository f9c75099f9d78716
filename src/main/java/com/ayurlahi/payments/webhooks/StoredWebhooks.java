package com.ayurlahi.payments.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.NotFoundException;

/**
 * The stored Razorpay webhooks ({@code razorpay_events}), one row per event id: stored by
 * {@link WebhookReceiver}, given their outcome by {@link WebhookApplier}, and read by the
 * team's pages.
 */
@Repository
public class StoredWebhooks {

	private final JdbcClient jdbc;

	StoredWebhooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the event unless its id is taken; returns whether this call stored it. */
	boolean store(String eventId, String type, @Nullable String razorpayOrderId, @Nullable String razorpayPaymentId,
			String payload, Instant receivedAt) {
		return jdbc.sql("""
				insert into razorpay_events (event_id, event_type, razorpay_order_id, razorpay_payment_id, payload,
				                             received_at, outcome)
				values (:eventId, :type, :orderId, :paymentId, :payload, :receivedAt, 'RECEIVED')
				on conflict do nothing
				""")
			.param("eventId", eventId)
			.param("type", type)
			.param("orderId", razorpayOrderId)
			.param("paymentId", razorpayPaymentId)
			.param("payload", payload)
			.param("receivedAt", Timestamp.from(receivedAt))
			.update() == 1;
	}

	/** One received webhook with its raw payload. */
	public StoredWebhook get(String eventId) {
		return jdbc.sql("select * from razorpay_events where event_id = :eventId")
			.param("eventId", eventId)
			.query(StoredWebhooks::webhook)
			.optional()
			.orElseThrow(() -> new NotFoundException("No webhook with that event id was received."));
	}

	/**
	 * The event, its row locked until the transaction ends: it is applied by one
	 * transaction at a time.
	 */
	Optional<StoredWebhook> findForUpdate(String eventId) {
		return jdbc.sql("select * from razorpay_events where event_id = :eventId for update")
			.param("eventId", eventId)
			.query(StoredWebhooks::webhook)
			.optional();
	}

	/**
	 * The event if no other transaction holds it, its row locked until the transaction
	 * ends: for picking up left-over events, where an event another instance is applying
	 * is that instance's.
	 */
	Optional<StoredWebhook> claim(String eventId) {
		return jdbc.sql("select * from razorpay_events where event_id = :eventId for update skip locked")
			.param("eventId", eventId)
			.query(StoredWebhooks::webhook)
			.optional();
	}

	/**
	 * The ids of events stored before {@code before} and still waiting to be applied,
	 * oldest first.
	 */
	List<String> waitingSince(Instant before, int limit) {
		return jdbc.sql("""
				select event_id from razorpay_events where outcome = 'RECEIVED' and received_at < :before
				order by received_at limit :limit
				""").param("before", Timestamp.from(before)).param("limit", limit).query(String.class).list();
	}

	/**
	 * Records what applying the event did; only an event still waiting to be applied
	 * takes an outcome.
	 */
	boolean recordOutcome(String eventId, EventOutcome outcome, @Nullable String detail, Instant at) {
		return jdbc.sql("""
				update razorpay_events set outcome = :outcome, outcome_detail = :detail, processed_at = :at
				where event_id = :eventId and outcome = 'RECEIVED'
				""")
			.param("outcome", outcome.name())
			.param("detail", detail)
			.param("at", Timestamp.from(at))
			.param("eventId", eventId)
			.update() == 1;
	}

	/** The webhooks received, newest first, with what applying each did. */
	@Transactional(readOnly = true)
	public Page<StoredWebhook> recent(Pageable pageable) {
		long total = jdbc.sql("select count(*) from razorpay_events").query(Long.class).single();
		var content = jdbc
			.sql("select * from razorpay_events order by received_at desc, event_id limit :limit offset :offset")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(StoredWebhooks::webhook)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static StoredWebhook webhook(ResultSet rs, int row) throws SQLException {
		Timestamp processedAt = rs.getTimestamp("processed_at");
		return new StoredWebhook(rs.getString("event_id"), rs.getString("event_type"),
				rs.getString("razorpay_order_id"), rs.getString("razorpay_payment_id"), rs.getString("payload"),
				rs.getTimestamp("received_at").toInstant(), EventOutcome.valueOf(rs.getString("outcome")),
				rs.getString("outcome_detail"), processedAt == null ? null : processedAt.toInstant());
	}

}
