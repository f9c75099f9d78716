package com.ayurlahi.invoices;

/**
 * A credit note waits for the tax invoice it reduces; it is issued right after that
 * invoice.
 */
class InvoiceNotReady extends RuntimeException {

	InvoiceNotReady(String message) {
		super(message);
	}

}
