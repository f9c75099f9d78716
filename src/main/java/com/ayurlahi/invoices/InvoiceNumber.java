package com.ayurlahi.invoices;

/**
 * A document's number in its series: prefix, financial year and sequence, at most 16
 * characters of letters, digits and slashes as rule 46 allows, e.g.
 * {@code KVA/2627/000042} for a tax invoice, {@code KVA/2627/C00007} for a credit note,
 * {@code AYL/2627/S000001} for the platform's subscription invoice.
 */
record InvoiceNumber(String text, FinancialYear financialYear, long sequence) {

	static final int MAX_LENGTH = 16;

	static InvoiceNumber of(String prefix, InvoiceKind kind, FinancialYear year, long sequence) {
		String mark = kind.numberMark();
		int digits = kind.digits();
		if (sequence < 1 || String.valueOf(sequence).length() > digits) {
			throw new IllegalStateException(
					"Series " + prefix + "/" + year.code() + mark + " has no number " + sequence);
		}
		String text = prefix + "/" + year.code() + "/" + mark + String.format("%0" + digits + "d", sequence);
		if (text.length() > MAX_LENGTH || !text.matches("[A-Z0-9/]+")) {
			throw new IllegalStateException("Invoice number " + text + " does not fit rule 46");
		}
		return new InvoiceNumber(text, year, sequence);
	}
}
