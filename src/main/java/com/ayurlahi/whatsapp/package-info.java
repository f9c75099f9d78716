/**
 * WhatsApp through Gupshup, as a channel port: what may be sent (text, quick replies,
 * lists, approved templates; {@link com.ayurlahi.whatsapp.OutboundMessage}) and what
 * Gupshup's callbacks say in our own terms (messages, selections, delivery statuses,
 * opt-ins and opt-outs; {@link com.ayurlahi.whatsapp.InboundEvent}). The Gupshup adapter
 * ({@code internal.GupshupChannel}) posts over HTTP when {@code WHATSAPP_API_KEY} is set;
 * without it the channel is the embedded simulator where it is switched on (dev and test,
 * {@code simulator}), otherwise off; the start-up log says which.
 * <p>
 * So far this module holds the port, its Gupshup adapter, the callback parser and the
 * simulator with its page {@code /dev/whatsapp}; the webhook, the outbox and the
 * conversation come with the rest of the WhatsApp work. The ordering conversation with
 * clinics ({@code conversation}) works through the portal's own cart, checkout, orders
 * and catalog search, and asks the payments module for a payment link per order it
 * places, hence its dependencies on the clinics, orders, products and payments modules;
 * it asks the subscriptions module what the clinic's plan allows (ordering on WhatsApp,
 * the orders left this month) before it starts ordering or checks out.
 * <p>
 * {@code notices} turns other modules' events into notifications written to the outbox:
 * to the clinic its orders' payment links, payments, shipments, deliveries,
 * cancellations, refunds and tax invoices ({@code invoices.InvoiceIssued}), its disputes
 * and its profile decisions; to the manufacturer its new paid orders, its disputes and
 * its profile decisions, hence its dependencies on the orders, payments, invoices,
 * disputes, clinics, manufacturers and profiles modules; none of them depends on this
 * one.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "users", "clinics", "orders", "products", "payments",
		"invoices", "disputes", "manufacturers", "profiles", "subscriptions" })
package com.ayurlahi.whatsapp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
