package com.ayurlahi.invoices;

import java.util.EnumSet;
import java.util.Set;

/**
 * The documents we issue, each with its own numbering series per supplier and financial
 * year.
 */
public enum InvoiceKind {

	/** A manufacturer's tax invoice to a clinic for an order (rule 46). */
	TAX_INVOICE("Tax invoice", "Tax invoice", "", 6),
	/**
	 * A manufacturer's credit note to a clinic for money refunded after its invoice (rule
	 * 53).
	 */
	CREDIT_NOTE("Credit note", "Credit note", "C", 5),
	/** The platform's tax invoice to a manufacturer for a month's commission. */
	COMMISSION_INVOICE("Tax invoice", "Commission invoice", "", 6),
	/**
	 * The platform's tax invoice to a clinic for a charge of its subscription (a cycle of
	 * its plan, or an upgrade's rest of the cycle).
	 */
	SUBSCRIPTION_INVOICE("Tax invoice", "Subscription invoice", "S", 6),
	/**
	 * The platform's credit note to a clinic for money refunded of a subscription charge.
	 */
	SUBSCRIPTION_CREDIT_NOTE("Credit note", "Subscription credit note", "SC", 5);

	private final String title;

	private final String label;

	private final String numberMark;

	private final int digits;

	InvoiceKind(String title, String label, String numberMark, int digits) {
		this.title = title;
		this.label = label;
		this.numberMark = numberMark;
		this.digits = digits;
	}

	/** The platform's documents to clinics for their subscriptions. */
	public static Set<InvoiceKind> subscriptionKinds() {
		return EnumSet.of(SUBSCRIPTION_INVOICE, SUBSCRIPTION_CREDIT_NOTE);
	}

	/** The heading the document carries. */
	public String title() {
		return title;
	}

	/** What lists call it, telling apart documents with the same heading. */
	public String label() {
		return label;
	}

	/** Whether it reduces an invoice issued before (it refers to that invoice). */
	public boolean isCreditNote() {
		return this == CREDIT_NOTE || this == SUBSCRIPTION_CREDIT_NOTE;
	}

	/** Whether it is the platform's document to a clinic for its subscription. */
	public boolean isSubscription() {
		return this == SUBSCRIPTION_INVOICE || this == SUBSCRIPTION_CREDIT_NOTE;
	}

	/**
	 * What sets the series apart in the number: {@code C} for credit notes
	 * (KVA/2627/C00007), {@code S} and {@code SC} for the platform's subscription
	 * documents (AYL/2627/S000001, AYL/2627/SC00001).
	 */
	String numberMark() {
		return numberMark;
	}

	/**
	 * How many digits the sequence takes in the number: six, or five where the mark is
	 * long. A subscription invoice keeps six (a million a year, for monthly charges of
	 * many clinics) and is 16 characters with a three-letter prefix, the most rule 46
	 * allows.
	 */
	int digits() {
		return digits;
	}

}
