package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement ledger ({@code ledger_entries}) as it is read: each manufacturer's
 * settlements, the commission the platform earned in a period (for the commission
 * invoices) and the team's check that every payment's rows add up. Sums are net of
 * refunds; each settlement carries its payout transfer's state and what holds it (the
 * dispute window, an open dispute). The module writes the ledger in the transactions of
 * captures and processed refunds ({@link com.ayurlahi.payments.ledger.LedgerEntries}).
 */
@Service
@Transactional(readOnly = true)
public class SettlementLedger {

	private static final String SETTLEMENTS = """
			select l.payment_id, l.order_id, l.order_number, l.manufacturer_id, min(l.recorded_at) as recorded_at,
			       sum(case when l.kind = 'CAPTURED' then l.amount else 0 end) as captured,
			       -sum(case when l.kind = 'REFUND' then l.amount else 0 end) as refunded,
			       sum(case when l.kind = 'COMMISSION' then l.amount else 0 end) as commission,
			       sum(case when l.kind = 'COMMISSION_GST' then l.amount else 0 end) as commission_gst,
			       sum(case when l.kind = 'TCS' then l.amount else 0 end) as tcs,
			       sum(case when l.kind = 'PAYOUT' then l.amount else 0 end) as payout,
			       t.status as transfer_status,
			       case when t.release_due then null else t.release_at end as payout_held_until,
			       (select min(h.dispute_number) from payout_transfer_holds h where h.transfer_id = t.id)
			         as payout_held_by_dispute
			from ledger_entries l left join payout_transfers t on t.payment_id = l.payment_id
			""";

	private static final String GROUPED = " group by l.payment_id, l.order_id, l.order_number, l.manufacturer_id, t.id,"
			+ " t.status, t.release_due, t.release_at";

	private final JdbcClient jdbc;

	SettlementLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A manufacturer's settlements, newest first: what each paid order brings it after
	 * commission, GST and TCS.
	 */
	public Page<Settlement> settlementsOf(UUID manufacturerId, Pageable pageable) {
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
	 * took back, for the commission invoices.
	 */
	public List<CommissionEarned> commissionBetween(Instant from, Instant to) {
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

	/**
	 * The TCS withheld from each manufacturer's settlements in [from, to), net of what
	 * refunds in that time gave back, for the platform's GSTR-8.
	 */
	public Map<UUID, BigDecimal> tcsWithheldBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select manufacturer_id, sum(amount) from ledger_entries
				where kind = 'TCS' and recorded_at >= :from and recorded_at < :to
				group by manufacturer_id
				""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The ledger's totals by kind (CAPTURED, REFUND, COMMISSION, COMMISSION_GST, TCS,
	 * PAYOUT, net of refunds), and the payments whose rows don't add up: what the clinic
	 * paid less what went back, against commission, GST, TCS and payout.
	 */
	public LedgerCheck check() {
		Map<String, BigDecimal> totals = jdbc.sql("select kind, sum(amount) from ledger_entries group by kind")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		long settledPayments = jdbc.sql("select count(distinct payment_id) from ledger_entries")
			.query(Long.class)
			.single();
		List<UUID> unbalanced = jdbc.sql("""
				select payment_id from ledger_entries group by payment_id
				having sum(case when kind in ('CAPTURED', 'REFUND') then amount else -amount end) <> 0
				""").query(UUID.class).list();
		return new LedgerCheck(totals, settledPayments, unbalanced);
	}

	private static Settlement settlement(ResultSet rs, int row) throws SQLException {
		String transfer = rs.getString("transfer_status");
		Timestamp heldUntil = rs.getTimestamp("payout_held_until");
		return new Settlement(rs.getObject("payment_id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("order_number"), rs.getObject("manufacturer_id", UUID.class), rs.getBigDecimal("captured"),
				rs.getBigDecimal("refunded"), rs.getBigDecimal("commission"), rs.getBigDecimal("commission_gst"),
				rs.getBigDecimal("tcs"), rs.getBigDecimal("payout"), rs.getTimestamp("recorded_at").toInstant(),
				transfer == null ? null : PayoutTransferStatus.valueOf(transfer),
				heldUntil == null ? null : heldUntil.toInstant(), rs.getString("payout_held_by_dispute"));
	}

}
