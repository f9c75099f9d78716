/**
 * WhatsApp through Gupshup, as a channel port: what may be sent (text, quick replies,
 * lists, approved templates; {@link com.ayurlahi.whatsapp.OutboundMessage}) and what
 * Gupshup's callbacks say in our own terms (messages, selections, delivery statuses,
 * opt-ins and opt-outs; {@link com.ayurlahi.whatsapp.InboundEvent}). The Gupshup adapter
 * ({@code internal.GupshupChannel}) posts over HTTP when {@code WHATSAPP_API_KEY} is set;
 * without it the channel is off and says so at start-up.
 * <p>
 * {@code notices} turns other modules' events into notifications written to the outbox:
 * to the clinic its orders' payments, shipments, deliveries, cancellations, refunds and
 * tax invoices ({@code invoices.InvoiceIssued}), its disputes and its profile decisions;
 * to the manufacturer its new paid orders, its disputes and its profile decisions. It
 * reads orders through {@code orders.OrderManagement}; none of those modules depends on
 * this one.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "users", "orders", "payments", "invoices", "disputes",
		"clinics", "manufacturers", "profiles" })
package com.ayurlahi.whatsapp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
