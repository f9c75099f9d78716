/**
 * GST documents: the tax invoice of every paid order (the manufacturer supplies, the
 * clinic receives, the platform is the e-commerce operator), a credit note for every
 * refund after it, the platform's monthly commission invoice to each manufacturer, and
 * the platform's tax invoice to a clinic for every charge of its subscription
 * ({@code subscriptions.SubscriptionCharged}) with a credit note for every refund of one
 * ({@code subscriptions.SubscriptionChargeRefunded}). Each is numbered in its supplier's
 * consecutive series for the financial year, rendered to PDF, kept in
 * {@link com.ayurlahi.storage.ObjectStorage} with its SHA-256, and never changed. The
 * {@code invoice-generation} job issues whatever is still owed. Each issued document is
 * announced as {@link com.ayurlahi.invoices.InvoiceIssued} (its kind, order and the
 * accounts of the clinic and the manufacturer), which the WhatsApp module tells the
 * clinic about.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "orders", "payments", "clinics", "manufacturers", "jobs",
		"storage", "users", "subscriptions" })
package com.ayurlahi.invoices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
