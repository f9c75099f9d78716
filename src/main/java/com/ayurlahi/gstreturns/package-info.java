/**
 * GST return data for accountants, per GSTIN and month, built from the documents the
 * invoices module issued (by their issue date in India): a manufacturer's GSTR-1 (B2B
 * invoices by recipient GSTIN with rate-wise taxable value and tax, credit notes against
 * them, the HSN summary), the platform's own GSTR-1 (its commission and subscription
 * documents) and the platform's GSTR-8 (TCS under GST section 52 per supplier GSTIN), as
 * the GST portal's JSON and, for GSTR-1, as a spreadsheet in the offline tool's layout.
 * Nothing here is stored: every return is read afresh from the issued documents.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "invoices", "payments", "manufacturers", "profiles", "users" })
package com.ayurlahi.gstreturns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
