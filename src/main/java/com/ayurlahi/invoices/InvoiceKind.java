package com.ayurlahi.invoices;

/**
 * The documents we issue, each with its own numbering series per supplier and financial
 * year.
 */
public enum InvoiceKind {

	/** A manufacturer's tax invoice to a clinic for an order (rule 46). */
	TAX_INVOICE("Tax invoice", ""),
	/**
	 * A manufacturer's credit note to a clinic for money refunded after its invoice (rule
	 * 53).
	 */
	CREDIT_NOTE("Credit note", "C"),
	/** The platform's tax invoice to a manufacturer for a month's commission. */
	COMMISSION_INVOICE("Tax invoice", "");

	private final String title;

	private final String numberMark;

	InvoiceKind(String title, String numberMark) {
		this.title = title;
		this.numberMark = numberMark;
	}

	/** The heading the document carries. */
	public String title() {
		return title;
	}

	/**
	 * What sets the series apart in the number: {@code C} for credit notes
	 * (KVA/2627/C00007).
	 */
	String numberMark() {
		return numberMark;
	}

}
