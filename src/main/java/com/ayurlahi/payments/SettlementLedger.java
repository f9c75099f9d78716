package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The settlement ledger's rows: added, never changed (PostgreSQL refuses updates and
 * deletes). A capture adds its split; a processed refund adds a negative REFUND row and
 * the negative shares it takes back, so sums by payment are always net of refunds.
 */
@Repository
class SettlementLedger {

	private static final String SETTLEMENTS = """
			select l.payment_id, l.order_id, l.order_number, l.manufacturer_id, min(l.recorded_at) as recorded_at,
			       sum(case when l.kind = 'CAPTURED' then l.amount else 0 end) as captured,
			       -sum(case when l.kind = 'REFUND' then l.amount else 0 end) as refunded,
			       sum(case when l.kind = 'COMMISSION' then l.amount else 0 end) as commission,
			       sum(case when l.kind = 'COMMISSION_GST' then l.amount else 0 end) as commission_gst,
			       sum(case when l.kind = 'TCS' then l.amount else 0 end) as tcs,
			       sum(case when l.kind = 'PAYOUT' then l.amount else 0 end) as payout,
			       t.status as transfer_status
			from ledger_entries l left join payout_transfers t on t.payment_id = l.payment_id
			""";

	private static final String GROUPED = " group by l.payment_id, l.order_id, l.order_number, l.manufacturer_id, t.status";

	private static final String INSERT = """
			insert into ledger_entries (id, payment_id, source_id, order_id, order_number, manufacturer_id, kind, amount, recorded_at)
			values (:id, :paymentId, :sourceId, :orderId, :orderNumber, :manufacturerId, :kind, :amount, :at)
			""";

	private final JdbcClient jdbc;

	SettlementLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Settlement settlement) {
		Map<String, BigDecimal> rows = Map.of("CAPTURED", settlement.captured(), "COMMISSION", settlement.commission(),
				"COMMISSION_GST", settlement.commissionGst(), "TCS", settlement.tcs(), "PAYOUT", settlement.payout());
		rows.forEach((kind, amount) -> insert(settlement.paymentId(), settlement.paymentId(), settlement.orderId(),
				settlement.orderNumber(), settlement.manufacturerId(), kind, amount, settlement.recordedAt()));
	}

	/**
	 * A processed refund's rows: what went back to the clinic and the shares it took
	 * back, all negative.
	 */
	void recordRefund(Refund refund) {
		UUID manufacturerId = jdbc
			.sql("select manufacturer_id from ledger_entries where source_id = :paymentId and kind = 'CAPTURED'")
			.param("paymentId", refund.getPaymentId())
			.query(UUID.class)
			.single();
		Settlement.Share share = refund.share();
		Map<String, BigDecimal> rows = Map.of("REFUND", share.amount(), "COMMISSION", share.commission(),
				"COMMISSION_GST", share.commissionGst(), "TCS", share.tcs(), "PAYOUT", share.payout());
		Instant at = Objects.requireNonNull(refund.getProcessedAt(),
				"a refund is recorded in the ledger once processed");
		rows.forEach((kind, amount) -> insert(refund.getPaymentId(), refund.getId(), refund.getOrderId(),
				refund.getOrderNumber(), manufacturerId, kind, amount.negate(), at));
	}

	private void insert(UUID paymentId, UUID sourceId, UUID orderId, String orderNumber, UUID manufacturerId,
			String kind, BigDecimal amount, Instant at) {
		jdbc.sql(INSERT)
			.param("id", UUID.randomUUID())
			.param("paymentId", paymentId)
			.param("sourceId", sourceId)
			.param("orderId", orderId)
			.param("orderNumber", orderNumber)
			.param("manufacturerId", manufacturerId)
			.param("kind", kind)
			.param("amount", amount)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The payment whose capture settled the order, if it was paid. */
	Optional<UUID> settledPaymentOf(UUID orderId) {
		return jdbc.sql("select payment_id from ledger_entries where order_id = :orderId and kind = 'CAPTURED'")
			.param("orderId", orderId)
			.query(UUID.class)
			.optional();
	}

	/** How the payment's capture split, before any refund. */
	Settlement.Share captureShare(UUID paymentId) {
		Map<String, BigDecimal> parts = jdbc.sql("select kind, amount from ledger_entries where source_id = :paymentId")
			.param("paymentId", paymentId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Settlement.Share(parts.get("CAPTURED"), parts.get("COMMISSION"), parts.get("COMMISSION_GST"),
				parts.get("TCS"), parts.get("PAYOUT"));
	}

	Page<Settlement> forManufacturer(UUID manufacturerId, Pageable pageable) {
		long total = jdbc.sql("select count(distinct payment_id) from ledger_entries where manufacturer_id = :id")
			.param("id", manufacturerId)
			.query(Long.class)
			.single();
		List<Settlement> content = jdbc
			.sql(SETTLEMENTS + " where l.manufacturer_id = :id" + GROUPED
					+ " order by min(l.recorded_at) desc, l.payment_id limit :limit offset :offset")
			.param("id", manufacturerId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(SettlementLedger::settlement)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * The commission each order earned in [from, to), net of what refunds in that time
	 * took back.
	 */
	List<CommissionEarned> commissionBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select manufacturer_id, order_id, order_number, sum(amount) as commission from ledger_entries
				where kind = 'COMMISSION' and recorded_at >= :from and recorded_at < :to
				group by manufacturer_id, order_id, order_number
				order by manufacturer_id, order_number
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new CommissionEarned(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getBigDecimal(4)))
			.list();
	}

	/** The ledger's totals by kind, for the team. */
	Map<String, BigDecimal> totals() {
		return jdbc.sql("select kind, sum(amount) from ledger_entries group by kind")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The payments whose rows do not add up: what the clinic paid less what went back,
	 * against commission, GST, TCS and payout.
	 */
	List<UUID> unbalancedPayments() {
		return jdbc.sql("""
				select payment_id from ledger_entries group by payment_id
				having sum(case when kind in ('CAPTURED', 'REFUND') then amount else -amount end) <> 0
				""").query(UUID.class).list();
	}

	long settledPayments() {
		return jdbc.sql("select count(distinct payment_id) from ledger_entries").query(Long.class).single();
	}

	private static Settlement settlement(ResultSet rs, int row) throws SQLException {
		String transfer = rs.getString("transfer_status");
		return new Settlement(rs.getObject("payment_id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("order_number"), rs.getObject("manufacturer_id", UUID.class), rs.getBigDecimal("captured"),
				rs.getBigDecimal("refunded"), rs.getBigDecimal("commission"), rs.getBigDecimal("commission_gst"),
				rs.getBigDecimal("tcs"), rs.getBigDecimal("payout"), rs.getTimestamp("recorded_at").toInstant(),
				transfer == null ? null : PayoutTransferStatus.valueOf(transfer));
	}

}
