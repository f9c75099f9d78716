package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A GSTR-1 in the GST portal's JSON: B2B invoices by recipient GSTIN ({@code b2b}),
 * credit notes to registered recipients ({@code cdnr}) and the HSN summary ({@code hsn}).
 * Amounts are rupees to the paisa; rates are percentages ({@code rt} 5).
 */
public record Gstr1(String gstin, String fp, List<B2b> b2b, List<Cdnr> cdnr, Hsn hsn) {

	/** A recipient's invoices. */
	public record B2b(String ctin, List<Invoice> inv) {
	}

	/**
	 * An invoice: number, date (dd-mm-yyyy), value, place of supply (state code), reverse
	 * charge, the e-commerce operator's GSTIN when supplied through one, type (R:
	 * regular) and its rate-wise items.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Invoice(String inum, String idt, BigDecimal val, String pos, String rchrg, @Nullable String etin,
			@JsonProperty("inv_typ") String invTyp, List<Item> itms) {
	}

	/** A recipient's credit notes. */
	public record Cdnr(String ctin, List<Note> nt) {
	}

	/** A credit note ({@code ntty} C): number, date, value, place of supply, items. */
	public record Note(String ntty, @JsonProperty("nt_num") String ntNum, @JsonProperty("nt_dt") String ntDt,
			BigDecimal val, String pos, String rchrg, @JsonProperty("inv_typ") String invTyp, List<Item> itms) {
	}

	/** The part of a document at one rate. */
	public record Item(int num, @JsonProperty("itm_det") ItemDetail itmDet) {
	}

	/** Taxable value and the tax on it at one rate. */
	public record ItemDetail(BigDecimal txval, BigDecimal rt, BigDecimal iamt, BigDecimal camt, BigDecimal samt,
			BigDecimal csamt) {
	}

	/** The HSN summary: invoices less credit notes, by HSN (or SAC), unit and rate. */
	public record Hsn(List<HsnRow> data) {
	}

	/**
	 * One row of the HSN summary. {@code val} (total value, tax included) is what the
	 * offline tool's sheet shows as Total Value.
	 */
	public record HsnRow(int num, @JsonProperty("hsn_sc") String hsnSc, String desc, String uqc, long qty,
			BigDecimal val, BigDecimal txval, BigDecimal iamt, BigDecimal camt, BigDecimal samt, BigDecimal csamt,
			BigDecimal rt) {
	}

}
