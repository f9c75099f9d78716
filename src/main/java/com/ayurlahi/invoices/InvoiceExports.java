package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.web.CsvRows;
import com.ayurlahi.common.web.ExportRange;
import com.ayurlahi.common.web.KeysetPages;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The invoices CSV export: the documents {@code viewer} may see (as
 * {@link InvoiceManagement} decides) issued in the range, oldest first, read a page at a
 * time and written as they are read. Documents name parties by legal name, GSTIN and
 * state only.
 */
@Service
public class InvoiceExports {

	public static final String[] HEADER = { "Number", "Document", "Issue date", "Supplier", "Supplier GSTIN",
			"Recipient", "Recipient GSTIN", "Place of supply (state code)", "Order number", "Tax type", "Taxable value",
			"CGST", "SGST", "IGST", "Total" };

	private final JdbcClient jdbc;

	InvoiceExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void writeCsv(AuthenticatedUser viewer, ExportRange range, CsvRows out) {
		String owner = switch (viewer.role()) {
			case CLINIC -> " and clinic_user_id = :viewer";
			case MANUFACTURER -> " and manufacturer_user_id = :viewer";
			case ADMIN, SUPPORT -> "";
		};
		KeysetPages.forEach(range.start(),
				after -> jdbc
					.sql("""
							select id, issued_at, invoice_number, kind, issue_date, supplier_name, supplier_gstin, recipient_name,
							       recipient_gstin, place_of_supply_code, order_number, tax_type, taxable_value, cgst, sgst, igst,
							       total
							from invoices
							where (issued_at, id) > (:afterAt, :afterId) and issued_at < :end"""
							+ owner + " order by issued_at, id limit :limit")
					.param("afterAt", Timestamp.from(after.at()))
					.param("afterId", after.id())
					.param("end", Timestamp.from(range.end()))
					.param("viewer", viewer.id())
					.param("limit", KeysetPages.PAGE_SIZE)
					.query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
							rs.getString(3), InvoiceKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
							rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
							rs.getString(11), rs.getString(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
							rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17)))
					.list(),
				row -> new KeysetPages.Cursor(row.issuedAt(), row.id()),
				row -> out.row(row.number(), row.kind().label(), row.issueDate(), row.supplier(), row.supplierGstin(),
						row.recipient(), row.recipientGstin(), row.placeOfSupply(), row.orderNumber(), row.taxType(),
						row.taxable(), row.cgst(), row.sgst(), row.igst(), row.total()));
	}

	private record Row(UUID id, Instant issuedAt, String number, InvoiceKind kind, LocalDate issueDate, String supplier,
			String supplierGstin, String recipient, String recipientGstin, String placeOfSupply,
			@Nullable String orderNumber, String taxType, BigDecimal taxable, BigDecimal cgst, BigDecimal sgst,
			BigDecimal igst, BigDecimal total) {
	}

}
