package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The settlement ledger's rows: added, never changed (PostgreSQL refuses updates and deletes). */
@Repository
class SettlementLedger {

    private static final String SETTLEMENTS = """
            select payment_id, order_id, order_number, manufacturer_id, min(recorded_at) as recorded_at,
                   sum(case when kind = 'CAPTURED' then amount else 0 end) as captured,
                   sum(case when kind = 'COMMISSION' then amount else 0 end) as commission,
                   sum(case when kind = 'COMMISSION_GST' then amount else 0 end) as commission_gst,
                   sum(case when kind = 'TCS' then amount else 0 end) as tcs,
                   sum(case when kind = 'PAYOUT' then amount else 0 end) as payout
            from ledger_entries
            """;
    private static final String GROUPED = " group by payment_id, order_id, order_number, manufacturer_id";

    private final JdbcClient jdbc;

    SettlementLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Settlement settlement) {
        Map<String, BigDecimal> rows = Map.of("CAPTURED", settlement.captured(), "COMMISSION", settlement.commission(),
                "COMMISSION_GST", settlement.commissionGst(), "TCS", settlement.tcs(), "PAYOUT", settlement.payout());
        rows.forEach((kind, amount) -> jdbc.sql("""
                        insert into ledger_entries (id, payment_id, order_id, order_number, manufacturer_id, kind, amount, recorded_at)
                        values (:id, :paymentId, :orderId, :orderNumber, :manufacturerId, :kind, :amount, :at)
                        """)
                .param("id", UUID.randomUUID()).param("paymentId", settlement.paymentId())
                .param("orderId", settlement.orderId()).param("orderNumber", settlement.orderNumber())
                .param("manufacturerId", settlement.manufacturerId()).param("kind", kind).param("amount", amount)
                .param("at", Timestamp.from(settlement.recordedAt()))
                .update());
    }

    Page<Settlement> forManufacturer(UUID manufacturerId, Pageable pageable) {
        long total = jdbc.sql("select count(distinct payment_id) from ledger_entries where manufacturer_id = :id")
                .param("id", manufacturerId).query(Long.class).single();
        List<Settlement> content = jdbc.sql(SETTLEMENTS + " where manufacturer_id = :id" + GROUPED
                        + " order by min(recorded_at) desc, payment_id limit :limit offset :offset")
                .param("id", manufacturerId).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(SettlementLedger::settlement).list();
        return new PageImpl<>(content, pageable, total);
    }

    /** The ledger's totals by kind, for the team. */
    Map<String, BigDecimal> totals() {
        return jdbc.sql("select kind, sum(amount) from ledger_entries group by kind")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The payments whose rows do not add up: what the clinic paid against commission, GST, TCS and payout. */
    List<UUID> unbalancedPayments() {
        return jdbc.sql("""
                select payment_id from ledger_entries group by payment_id
                having sum(case when kind = 'CAPTURED' then amount else -amount end) <> 0
                """).query(UUID.class).list();
    }

    long settledPayments() {
        return jdbc.sql("select count(distinct payment_id) from ledger_entries").query(Long.class).single();
    }

    private static Settlement settlement(ResultSet rs, int row) throws SQLException {
        return new Settlement(rs.getObject("payment_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("order_number"), rs.getObject("manufacturer_id", UUID.class), rs.getBigDecimal("captured"),
                rs.getBigDecimal("commission"), rs.getBigDecimal("commission_gst"), rs.getBigDecimal("tcs"),
                rs.getBigDecimal("payout"), rs.getTimestamp("recorded_at").toInstant());
    }
}
