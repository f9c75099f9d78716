package com.ayurlahi.invoices;

import com.ayurlahi.common.gst.IndianState;

/**
 * A supplier or recipient as a document names it: legal name, GSTIN, address on one line
 * and the state of registration. Never a phone number or an e-mail address.
 */
public record InvoiceParty(String name, String gstin, String address, IndianState state) {
}
