package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.web.CsvRows;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.common.web.KeysetPages;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The payments and settlements CSV exports, oldest first, read a page at a time and
 * written as they are read: a clinic's own payments (all for the team), and a
 * manufacturer's settlements (all for the team), each paid order's split as the ledger
 * holds it, net of refunds.
 */
@Service
public class PaymentExports {

	public static final String[] PAYMENTS = { "Order number", "Created at (IST)", "Captured at (IST)", "Status",
			"Method", "Amount", "Currency", "Razorpay order", "Razorpay payment" };

	public static final String[] SETTLEMENTS = { "Order number", "Paid at (IST)", "Manufacturer", "Paid by the clinic",
			"Refunded", "Commission", "GST on commission", "TCS", "Payout" };

	private final JdbcClient jdbc;

	private final ManufacturerManagement manufacturers;

	PaymentExports(JdbcClient jdbc, ManufacturerManagement manufacturers) {
		this.jdbc = jdbc;
		this.manufacturers = manufacturers;
	}

	/** Payments created in the range: a clinic's own, all for the team. */
	public void writePaymentsCsv(AuthenticatedUser viewer, ExportRange range, CsvRows out) {
		String owner = switch (viewer.role()) {
			case CLINIC -> " and p.clinic_user_id = :viewer";
			case ADMIN, SUPPORT -> "";
			case MANUFACTURER -> throw new IllegalArgumentException("Manufacturers export settlements");
		};
		KeysetPages.forEach(range.start(),
				after -> jdbc
					.sql("""
							select p.id, p.created_at, o.order_number, p.captured_at, p.status, p.method, p.amount, p.currency,
							       p.razorpay_order_id, p.razorpay_payment_id
							from payments p join orders o on o.id = p.order_id
							where (p.created_at, p.id) > (:afterAt, :afterId) and p.created_at < :end"""
							+ owner + " order by p.created_at, p.id limit :limit")
					.param("afterAt", Timestamp.from(after.at()))
					.param("afterId", after.id())
					.param("end", Timestamp.from(range.end()))
					.param("viewer", viewer.id())
					.param("limit", KeysetPages.PAGE_SIZE)
					.query((rs, row) -> new PaymentRow(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
							rs.getString(3), instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6),
							rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10)))
					.list(),
				row -> new KeysetPages.Cursor(row.createdAt(), row.id()),
				row -> out.row(row.orderNumber(), row.createdAt(), row.capturedAt(), row.status(), row.method(),
						row.amount(), row.currency(), row.razorpayOrder(), row.razorpayPayment()));
	}

	/**
	 * Settlements of orders paid in the range: a manufacturer's own, all for the team.
	 */
	public void writeSettlementsCsv(AuthenticatedUser viewer, ExportRange range, CsvRows out) {
		@Nullable UUID manufacturerId = null;
		if (viewer.role() == Role.MANUFACTURER) {
			manufacturerId = manufacturers.profileOf(viewer.id()).orElse(new UUID(0, 0));
		}
		else if (!viewer.role().isStaff()) {
			throw new IllegalArgumentException("Clinics export payments");
		}
		String owner = manufacturerId == null ? "" : " and c.manufacturer_id = :manufacturer";
		UUID manufacturer = manufacturerId == null ? new UUID(0, 0) : manufacturerId;
		KeysetPages.<SettlementRow>forEach(range.start(), after -> named(jdbc.sql("""
				with page as (
				  select c.payment_id, c.recorded_at from ledger_entries c
				  where c.kind = 'CAPTURED' and (c.recorded_at, c.payment_id) > (:afterAt, :afterId)
				    and c.recorded_at < :end""" + owner + """

				  order by c.recorded_at, c.payment_id limit :limit)
				select p.payment_id, p.recorded_at, min(l.order_number), min(l.manufacturer_id::text),
				       sum(case when l.kind = 'CAPTURED' then l.amount else 0 end),
				       -sum(case when l.kind = 'REFUND' then l.amount else 0 end),
				       sum(case when l.kind = 'COMMISSION' then l.amount else 0 end),
				       sum(case when l.kind = 'COMMISSION_GST' then l.amount else 0 end),
				       sum(case when l.kind = 'TCS' then l.amount else 0 end),
				       sum(case when l.kind = 'PAYOUT' then l.amount else 0 end)
				from page p join ledger_entries l on l.payment_id = p.payment_id
				group by p.payment_id, p.recorded_at
				order by p.recorded_at, p.payment_id""")
			.param("afterAt", Timestamp.from(after.at()))
			.param("afterId", after.id())
			.param("end", Timestamp.from(range.end()))
			.param("manufacturer", manufacturer)
			.param("limit", KeysetPages.PAGE_SIZE)
			.query((rs, row) -> new SettlementRow(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
					rs.getString(3), UUID.fromString(rs.getString(4)), "", rs.getBigDecimal(5), rs.getBigDecimal(6),
					rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)))
			.list()), row -> new KeysetPages.Cursor(row.paidAt(), row.paymentId()),
				row -> out.row(row.orderNumber(), row.paidAt(), row.manufacturer(), row.captured(), row.refunded(),
						row.commission(), row.commissionGst(), row.tcs(), row.payout()));
	}

	/** The page's rows with their manufacturers' names, read once per page. */
	private List<SettlementRow> named(List<SettlementRow> page) {
		Map<UUID, String> names = manufacturers
			.namesOf(page.stream().map(SettlementRow::manufacturerId).collect(Collectors.toSet()));
		return page.stream().map(row -> row.named(names.getOrDefault(row.manufacturerId(), ""))).toList();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record PaymentRow(UUID id, Instant createdAt, String orderNumber, @Nullable Instant capturedAt,
			String status, @Nullable String method, BigDecimal amount, String currency, String razorpayOrder,
			@Nullable String razorpayPayment) {
	}

	private record SettlementRow(UUID paymentId, Instant paidAt, String orderNumber, UUID manufacturerId,
			String manufacturer, BigDecimal captured, BigDecimal refunded, BigDecimal commission,
			BigDecimal commissionGst, BigDecimal tcs, BigDecimal payout) {

		SettlementRow named(String name) {
			return new SettlementRow(paymentId, paidAt, orderNumber, manufacturerId, name, captured, refunded,
					commission, commissionGst, tcs, payout);
		}

	}

}
