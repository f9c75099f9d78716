package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.web.CsvRows;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.common.web.KeysetPages;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The orders CSV export: the orders {@code viewer} may see (a clinic's own, a
 * manufacturer's own, all for the team) placed in the range, oldest first, read a page at
 * a time and written as they are read. No contact details of the clinic are in it.
 */
@Service
public class OrderExports {

	public static final String[] HEADER = { "Order number", "Placed at (IST)", "Status", "Source", "Clinic",
			"Clinic GSTIN", "Manufacturer", "Manufacturer GSTIN", "Ship to city", "Ship to state code", "Tax type",
			"Taxable value", "CGST", "SGST", "IGST", "Total" };

	private final JdbcClient jdbc;

	OrderExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void writeCsv(AuthenticatedUser viewer, ExportRange range, CsvRows out) {
		String owner = switch (viewer.role()) {
			case CLINIC -> " and clinic_user_id = :viewer";
			case MANUFACTURER -> " and manufacturer_user_id = :viewer";
			case ADMIN, SUPPORT -> "";
		};
		KeysetPages.forEach(range.start(), after -> jdbc
			.sql("""
					select id, created_at, order_number, status, source, clinic_name, clinic_gstin, manufacturer_name,
					       manufacturer_gstin, shipping_city, shipping_state_code, tax_type, subtotal, cgst_total,
					       sgst_total, igst_total, total
					from orders
					where (created_at, id) > (:afterAt, :afterId) and created_at < :end""" + owner
					+ " order by created_at, id limit :limit")
			.param("afterAt", Timestamp.from(after.at()))
			.param("afterId", after.id())
			.param("end", Timestamp.from(range.end()))
			.param("viewer", viewer.id())
			.param("limit", KeysetPages.PAGE_SIZE)
			.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13),
					rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17)))
			.list(), row -> new KeysetPages.Cursor(row.placedAt(), row.id()),
				row -> out.row(row.number(), row.placedAt(), row.status(), row.source(), row.clinic(),
						row.clinicGstin(), row.manufacturer(), row.manufacturerGstin(), row.city(), row.state(),
						row.taxType(), row.taxable(), row.cgst(), row.sgst(), row.igst(), row.total()));
	}

	private record Row(UUID id, Instant placedAt, String number, String status, String source, String clinic,
			String clinicGstin, String manufacturer, String manufacturerGstin, String city, String state,
			String taxType, BigDecimal taxable, BigDecimal cgst, BigDecimal sgst, BigDecimal igst, BigDecimal total) {
	}

}
