package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.RupeesInWords;
import com.ayurlahi.common.tax.TaxType;

/**
 * What the document template prints: the invoice, the one a credit note reduces, the HSN
 * summary and the amount in words.
 */
public record InvoiceDocument(Invoice invoice, @Nullable Invoice original) {

	/** The platform's tax invoice of a month's commission to a manufacturer. */
	public boolean isCommission() {
		return invoice.getKind() == InvoiceKind.COMMISSION_INVOICE;
	}

	/** The platform's tax invoice or credit note to a clinic for its subscription. */
	public boolean isSubscription() {
		return invoice.getKind().isSubscription();
	}

	/**
	 * A supply of services (the platform's commission or subscription), whose lines carry
	 * SAC codes rather than HSN codes.
	 */
	public boolean isService() {
		return isCommission() || isSubscription();
	}

	public boolean isInterState() {
		return invoice.getTaxType() == TaxType.INTER_STATE;
	}

	/**
	 * UTGST instead of SGST where the place of supply is a union territory without a
	 * legislature.
	 */
	public String localTaxLabel() {
		return invoice.getPlaceOfSupply().isUnionTerritoryWithoutLegislature() ? "UTGST" : "SGST";
	}

	public String amountInWords() {
		return RupeesInWords.of(invoice.getTotal());
	}

	public String codeLabel() {
		return isService() ? "SAC" : "HSN";
	}

	/** Taxable value and tax per HSN (or SAC) code and rate, as GSTR-1 asks for them. */
	public List<HsnSummary> hsnSummary() {
		Map<String, HsnSummary> rows = new TreeMap<>();
		for (InvoiceLine line : invoice.getLines()) {
			rows.merge(line.hsnCode() + "@" + line.gstRate().stripTrailingZeros().toPlainString(),
					new HsnSummary(line.hsnCode(), line.gstRate(), line.quantity(), line.taxableValue(), line.cgst(),
							line.sgst(), line.igst()),
					HsnSummary::plus);
		}
		return List.copyOf(rows.values());
	}

	/** Half the rate, as CGST and SGST are printed. */
	public static BigDecimal half(BigDecimal rate) {
		return rate.divide(BigDecimal.valueOf(2)).stripTrailingZeros();
	}

	public static String rate(BigDecimal rate) {
		return rate.stripTrailingZeros().toPlainString() + "%";
	}

	public static String rupees(BigDecimal amount) {
		return Money.format(amount);
	}

	/** The figures of one HSN code at one rate. */
	public record HsnSummary(String hsnCode, BigDecimal gstRate, int quantity, BigDecimal taxableValue, BigDecimal cgst,
			BigDecimal sgst, BigDecimal igst) {

		HsnSummary plus(HsnSummary other) {
			return new HsnSummary(hsnCode, gstRate, quantity + other.quantity, taxableValue.add(other.taxableValue),
					cgst.add(other.cgst), sgst.add(other.sgst), igst.add(other.igst));
		}

		public BigDecimal tax() {
			return cgst.add(sgst).add(igst);
		}
	}
}
