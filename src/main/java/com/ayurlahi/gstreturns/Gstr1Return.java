package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A GSTR-1 with what its spreadsheet shows beyond the portal's JSON: the supplier's and
 * the recipients' legal names.
 *
 * @param recipientNames legal names by recipient GSTIN
 */
public record Gstr1Return(Gstr1 json, String supplierName, ReturnPeriod period, Map<String, String> recipientNames) {

	public String recipientName(String gstin) {
		return recipientNames.getOrDefault(gstin, "");
	}

	/** What a page shows of it: counts and sums of its three tables. */
	public Totals totals() {
		List<Gstr1.Invoice> invoices = json.b2b().stream().flatMap(recipient -> recipient.inv().stream()).toList();
		List<Gstr1.Note> notes = json.cdnr().stream().flatMap(recipient -> recipient.nt().stream()).toList();
		Sum invoiced = Sum.of(invoices.stream().flatMap(invoice -> invoice.itms().stream()).map(Gstr1.Item::itmDet));
		Sum credited = Sum.of(notes.stream().flatMap(note -> note.itms().stream()).map(Gstr1.Item::itmDet));
		Sum hsn = json.hsn()
			.data()
			.stream()
			.map(row -> new Sum(row.txval(), row.iamt(), row.camt(), row.samt()))
			.reduce(Sum.ZERO, Sum::plus);
		return new Totals(json.b2b().size(), invoices.size(), invoiced, notes.size(), credited,
				json.hsn().data().size(), hsn);
	}

	/** Counts and sums of a GSTR-1's tables. */
	public record Totals(int recipients, int invoices, Sum invoiced, int creditNotes, Sum credited, int hsnRows,
			Sum hsn) {
	}

	/** Taxable value and tax. */
	public record Sum(BigDecimal taxable, BigDecimal igst, BigDecimal cgst, BigDecimal sgst) {

		static final Sum ZERO = new Sum(new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
				new BigDecimal("0.00"));

		static Sum of(Stream<Gstr1.ItemDetail> items) {
			return items.map(item -> new Sum(item.txval(), item.iamt(), item.camt(), item.samt()))
				.reduce(ZERO, Sum::plus);
		}

		Sum plus(Sum other) {
			return new Sum(taxable.add(other.taxable), igst.add(other.igst), cgst.add(other.cgst),
					sgst.add(other.sgst));
		}

		public BigDecimal tax() {
			return igst.add(cgst).add(sgst);
		}

	}

}
