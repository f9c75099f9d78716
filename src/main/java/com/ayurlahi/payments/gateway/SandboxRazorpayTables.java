package com.ayurlahi.payments.gateway;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's orders, captured payments, Route transfers and payment links, each a row
 * of its {@code sandbox_razorpay_…} table holding it as a JSON document, so that every
 * instance on the database and a restart see the same sandbox. Changes read the row with
 * {@code FOR UPDATE} ({@code lock…}) and write it back in the same transaction.
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxRazorpayTables {

	/**
	 * Our own mapper: the documents are the sandbox's, not shaped by the API's settings.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SandboxRazorpayTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SandboxOrder order, Instant at) {
		jdbc.sql("insert into sandbox_razorpay_orders (id, body, created_at) values (:id, :body, :at)")
			.param("id", order.id)
			.param("body", JSON.writeValueAsString(order.stored()))
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<SandboxOrder> order(String id) {
		return orderRow(id, "");
	}

	Optional<SandboxOrder> lockOrder(String id) {
		return orderRow(id, " for update");
	}

	void update(SandboxOrder order) {
		jdbc.sql("update sandbox_razorpay_orders set body = :body where id = :id")
			.param("id", order.id)
			.param("body", JSON.writeValueAsString(order.stored()))
			.update();
	}

	/** A payment captured on {@code orderId}: refunds, transfers and disputes find it. */
	void captured(String paymentId, String orderId) {
		jdbc.sql("insert into sandbox_razorpay_payments (payment_id, order_id) values (:payment, :order)")
			.param("payment", paymentId)
			.param("order", orderId)
			.update();
	}

	Optional<String> orderOfPayment(String paymentId) {
		return jdbc.sql("select order_id from sandbox_razorpay_payments where payment_id = :payment")
			.param("payment", paymentId)
			.query(String.class)
			.optional();
	}

	void insert(SandboxRoute.Transfer transfer, Instant at) {
		jdbc.sql("""
				insert into sandbox_razorpay_transfers (id, payment_id, body, created_at)
				values (:id, :payment, :body, :at)
				""")
			.param("id", transfer.id())
			.param("payment", transfer.paymentId())
			.param("body", JSON.writeValueAsString(transfer))
			.param("at", Timestamp.from(at))
			.update();
	}

	List<SandboxRoute.Transfer> transfersOf(String paymentId) {
		return jdbc
			.sql("select body from sandbox_razorpay_transfers where payment_id = :payment order by created_at, id")
			.param("payment", paymentId)
			.query(String.class)
			.list()
			.stream()
			.map(body -> JSON.readValue(body, SandboxRoute.Transfer.class))
			.toList();
	}

	Optional<SandboxRoute.Transfer> transfer(String id) {
		return transferRow(id, "");
	}

	Optional<SandboxRoute.Transfer> lockTransfer(String id) {
		return transferRow(id, " for update");
	}

	void update(SandboxRoute.Transfer transfer) {
		jdbc.sql("update sandbox_razorpay_transfers set body = :body where id = :id")
			.param("id", transfer.id())
			.param("body", JSON.writeValueAsString(transfer))
			.update();
	}

	boolean referenceTaken(String referenceId) {
		return jdbc.sql("select count(*) from sandbox_razorpay_payment_links where reference_id = :reference")
			.param("reference", referenceId)
			.query(Long.class)
			.single() > 0;
	}

	void insert(SandboxPaymentLink link) {
		jdbc.sql("insert into sandbox_razorpay_payment_links (id, reference_id, body) values (:id, :reference, :body)")
			.param("id", link.id())
			.param("reference", link.referenceId())
			.param("body", JSON.writeValueAsString(link))
			.update();
	}

	Optional<SandboxPaymentLink> link(String id) {
		return linkRow("id = :key", id, "");
	}

	Optional<SandboxPaymentLink> lockLink(String id) {
		return linkRow("id = :key", id, " for update");
	}

	Optional<SandboxPaymentLink> linkByReference(String referenceId) {
		return linkRow("reference_id = :key", referenceId, "");
	}

	void update(SandboxPaymentLink link) {
		jdbc.sql("update sandbox_razorpay_payment_links set body = :body where id = :id")
			.param("id", link.id())
			.param("body", JSON.writeValueAsString(link))
			.update();
	}

	private Optional<SandboxOrder> orderRow(String id, String lock) {
		return jdbc.sql("select body from sandbox_razorpay_orders where id = :id" + lock)
			.param("id", id)
			.query(String.class)
			.optional()
			.map(body -> new SandboxOrder(JSON.readValue(body, SandboxOrder.Stored.class)));
	}

	private Optional<SandboxRoute.Transfer> transferRow(String id, String lock) {
		return jdbc.sql("select body from sandbox_razorpay_transfers where id = :id" + lock)
			.param("id", id)
			.query(String.class)
			.optional()
			.map(body -> JSON.readValue(body, SandboxRoute.Transfer.class));
	}

	private Optional<SandboxPaymentLink> linkRow(String where, String key, String lock) {
		return jdbc.sql("select body from sandbox_razorpay_payment_links where " + where + lock)
			.param("key", key)
			.query(String.class)
			.optional()
			.map(body -> JSON.readValue(body, SandboxPaymentLink.class));
	}

}
