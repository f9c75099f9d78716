package com.ayurlahi.payments.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.ayurlahi.payments.Settlement;

/**
 * The settlement ledger's rows as the module writes them: added, never changed
 * (PostgreSQL refuses updates and deletes). A capture adds its split; a processed refund
 * adds a negative REFUND row and the negative shares it takes back, so sums by payment
 * are always net of refunds. Others read the ledger through
 * {@link com.ayurlahi.payments.SettlementLedger}.
 */
@Repository
public class LedgerEntries {

	private static final String INSERT = """
			insert into ledger_entries (id, payment_id, source_id, order_id, order_number, manufacturer_id, kind, amount, recorded_at)
			values (:id, :paymentId, :sourceId, :orderId, :orderNumber, :manufacturerId, :kind, :amount, :at)
			""";

	private final JdbcClient jdbc;

	LedgerEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A capture's split: what the clinic paid, and where it goes. */
	public void record(Settlement settlement) {
		Map<String, BigDecimal> rows = Map.of("CAPTURED", settlement.captured(), "COMMISSION", settlement.commission(),
				"COMMISSION_GST", settlement.commissionGst(), "TCS", settlement.tcs(), "PAYOUT", settlement.payout());
		rows.forEach((kind, amount) -> insert(settlement.paymentId(), settlement.paymentId(), settlement.orderId(),
				settlement.orderNumber(), settlement.manufacturerId(), kind, amount, settlement.recordedAt()));
	}

	/**
	 * A processed refund's rows: what went back to the clinic and the shares it took
	 * back, all negative.
	 */
	public void recordRefund(UUID refundId, UUID paymentId, UUID orderId, String orderNumber, Settlement.Share share,
			Instant processedAt) {
		UUID manufacturerId = jdbc
			.sql("select manufacturer_id from ledger_entries where source_id = :paymentId and kind = 'CAPTURED'")
			.param("paymentId", paymentId)
			.query(UUID.class)
			.single();
		Map<String, BigDecimal> rows = Map.of("REFUND", share.amount(), "COMMISSION", share.commission(),
				"COMMISSION_GST", share.commissionGst(), "TCS", share.tcs(), "PAYOUT", share.payout());
		rows.forEach((kind, amount) -> insert(paymentId, refundId, orderId, orderNumber, manufacturerId, kind,
				amount.negate(), processedAt));
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
	public Optional<UUID> settledPaymentOf(UUID orderId) {
		return jdbc.sql("select payment_id from ledger_entries where order_id = :orderId and kind = 'CAPTURED'")
			.param("orderId", orderId)
			.query(UUID.class)
			.optional();
	}

	/** How the payment's capture split, before any refund. */
	public Settlement.Share captureShare(UUID paymentId) {
		Map<String, BigDecimal> parts = jdbc.sql("select kind, amount from ledger_entries where source_id = :paymentId")
			.param("paymentId", paymentId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Settlement.Share(parts.get("CAPTURED"), parts.get("COMMISSION"), parts.get("COMMISSION_GST"),
				parts.get("TCS"), parts.get("PAYOUT"));
	}

}
