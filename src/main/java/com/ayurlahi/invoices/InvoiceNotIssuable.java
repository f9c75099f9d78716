package com.ayurlahi.invoices;

/**
 * A document can't be issued as things stand: its figures don't add up to the money that
 * moved, or a party it names is missing. Trying again won't help; the team sees the
 * reason on the request.
 */
class InvoiceNotIssuable extends RuntimeException {

	InvoiceNotIssuable(String message) {
		super(message);
	}

}
