package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.invoices.Invoice;

/**
 * Turns the manufacturers' tax invoices and credit notes issued in a month into the
 * platform's GSTR-8 rows: per supplier GSTIN, gross taxable value, returns (credit
 * notes), net, and TCS at the rate on the net: integrated tax on supplies across states,
 * half the rate each as central and state tax on supplies within a state, each rounded to
 * the paisa.
 */
final class Gstr8Builder {

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private Gstr8Builder() {
	}

	/** The rows by supplier GSTIN, in GSTIN order. */
	static Map<String, Gstr8.Tcs> rows(List<Invoice> documents, BigDecimal tcsRate) {
		Map<String, Totals> bySupplier = new TreeMap<>();
		for (Invoice document : documents) {
			bySupplier.computeIfAbsent(document.getSupplier().gstin(), key -> new Totals()).add(document);
		}
		Map<String, Gstr8.Tcs> rows = new TreeMap<>();
		bySupplier.forEach((gstin, totals) -> rows.put(gstin, totals.tcs(gstin, tcsRate)));
		return rows;
	}

	/** A supplier with nothing issued in the month. */
	static Gstr8.Tcs empty(String gstin) {
		return new Gstr8.Tcs(gstin, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
	}

	private static final class Totals {

		private BigDecimal gross = ZERO;

		private BigDecimal returns = ZERO;

		private BigDecimal netWithinState = ZERO;

		private BigDecimal netAcrossStates = ZERO;

		void add(Invoice document) {
			BigDecimal taxable = document.getTaxableValue();
			BigDecimal signed = document.isCreditNote() ? taxable.negate() : taxable;
			if (document.isCreditNote()) {
				returns = returns.add(taxable);
			}
			else {
				gross = gross.add(taxable);
			}
			if (document.getTaxType() == TaxType.INTRA_STATE) {
				netWithinState = netWithinState.add(signed);
			}
			else {
				netAcrossStates = netAcrossStates.add(signed);
			}
		}

		Gstr8.Tcs tcs(String gstin, BigDecimal rate) {
			BigDecimal half = rate.divide(BigDecimal.TWO);
			BigDecimal central = percent(netWithinState, half);
			return new Gstr8.Tcs(gstin, gross, returns, ZERO, ZERO, gross.subtract(returns), central, central,
					percent(netAcrossStates, rate));
		}

		private static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
			return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		}

	}

}
