package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceLine;

/**
 * Turns the documents a supplier issued in a month into its GSTR-1: each invoice once in
 * {@code b2b} under its recipient's GSTIN, each credit note once in {@code cdnr}, with
 * the lines' taxable value and tax summed per rate (the lines are already rounded to the
 * paisa, so sums are exact); the HSN summary nets credit notes off invoices.
 */
final class Gstr1Builder {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	private static final int HSN_DESCRIPTION_LENGTH = 30;

	private Gstr1Builder() {
	}

	static Gstr1Return build(String gstin, String supplierName, ReturnPeriod period, List<Invoice> documents) {
		Map<String, List<Gstr1.Invoice>> invoices = new TreeMap<>();
		Map<String, List<Gstr1.Note>> notes = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		for (Invoice document : documents) {
			String ctin = document.getRecipient().gstin();
			names.putIfAbsent(ctin, document.getRecipient().name());
			String pos = document.getPlaceOfSupply().code();
			if (document.isCreditNote()) {
				notes.computeIfAbsent(ctin, key -> new ArrayList<>())
					.add(new Gstr1.Note("C", document.getNumber(), document.getIssueDate().format(DATE),
							document.getTotal(), pos, "N", "R", items(document.getLines())));
			}
			else {
				invoices.computeIfAbsent(ctin, key -> new ArrayList<>())
					.add(new Gstr1.Invoice(document.getNumber(), document.getIssueDate().format(DATE),
							document.getTotal(), pos, "N", document.getOperatorGstin(), "R",
							items(document.getLines())));
			}
		}
		Gstr1 json = new Gstr1(gstin, period.filingPeriod(),
				invoices.entrySet().stream().map(entry -> new Gstr1.B2b(entry.getKey(), entry.getValue())).toList(),
				notes.entrySet().stream().map(entry -> new Gstr1.Cdnr(entry.getKey(), entry.getValue())).toList(),
				new Gstr1.Hsn(hsn(documents)));
		return new Gstr1Return(json, supplierName, period, names);
	}

	/** The document's lines summed per rate, lowest rate first. */
	private static List<Gstr1.Item> items(List<InvoiceLine> lines) {
		Map<BigDecimal, Gstr1.ItemDetail> byRate = new TreeMap<>();
		for (InvoiceLine line : lines) {
			BigDecimal rate = rate(line.gstRate());
			byRate.merge(rate,
					new Gstr1.ItemDetail(line.taxableValue(), rate, line.igst(), line.cgst(), line.sgst(), ZERO),
					Gstr1Builder::add);
		}
		List<Gstr1.Item> items = new ArrayList<>();
		byRate.values().forEach(detail -> items.add(new Gstr1.Item(items.size() + 1, detail)));
		return items;
	}

	private static Gstr1.ItemDetail add(Gstr1.ItemDetail a, Gstr1.ItemDetail b) {
		return new Gstr1.ItemDetail(a.txval().add(b.txval()), a.rt(), a.iamt().add(b.iamt()), a.camt().add(b.camt()),
				a.samt().add(b.samt()), a.csamt().add(b.csamt()));
	}

	/**
	 * Invoices less credit notes by HSN (or SAC), unit and rate. Services (SAC, 99…) have
	 * no quantity: unit NA.
	 */
	private static List<Gstr1.HsnRow> hsn(List<Invoice> documents) {
		Map<String, Gstr1.HsnRow> rows = new LinkedHashMap<>();
		for (Invoice document : documents) {
			boolean credit = document.isCreditNote();
			for (InvoiceLine line : document.getLines()) {
				boolean service = line.hsnCode().startsWith("99");
				String uqc = service ? "NA" : line.unit();
				long quantity = service ? 0 : (credit ? -line.quantity() : line.quantity());
				BigDecimal rate = rate(line.gstRate());
				String key = line.hsnCode() + "|" + uqc + "|" + rate.toPlainString();
				Gstr1.HsnRow row = new Gstr1.HsnRow(0, line.hsnCode(), description(line.description()), uqc, quantity,
						signed(line.lineTotal(), credit), signed(line.taxableValue(), credit),
						signed(line.igst(), credit), signed(line.cgst(), credit), signed(line.sgst(), credit), ZERO,
						rate);
				rows.merge(key, row, Gstr1Builder::add);
			}
		}
		List<Gstr1.HsnRow> numbered = new ArrayList<>();
		rows.values()
			.stream()
			.sorted(Comparator.comparing(Gstr1.HsnRow::hsnSc).thenComparing(Gstr1.HsnRow::rt))
			.forEach(row -> numbered.add(new Gstr1.HsnRow(numbered.size() + 1, row.hsnSc(), row.desc(), row.uqc(),
					row.qty(), row.val(), row.txval(), row.iamt(), row.camt(), row.samt(), row.csamt(), row.rt())));
		return numbered;
	}

	private static Gstr1.HsnRow add(Gstr1.HsnRow a, Gstr1.HsnRow b) {
		return new Gstr1.HsnRow(0, a.hsnSc(), a.desc(), a.uqc(), a.qty() + b.qty(), a.val().add(b.val()),
				a.txval().add(b.txval()), a.iamt().add(b.iamt()), a.camt().add(b.camt()), a.samt().add(b.samt()),
				a.csamt().add(b.csamt()), a.rt());
	}

	private static BigDecimal signed(BigDecimal amount, boolean credit) {
		return credit ? amount.negate() : amount;
	}

	private static String description(String text) {
		return text.length() <= HSN_DESCRIPTION_LENGTH ? text : text.substring(0, HSN_DESCRIPTION_LENGTH);
	}

	/** A rate as the portal writes it: 5, 12, 18, 2.5 (never 5.00 or 1E+1). */
	static BigDecimal rate(BigDecimal rate) {
		BigDecimal stripped = rate.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
