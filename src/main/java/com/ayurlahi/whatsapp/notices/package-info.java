/**
 * WhatsApp notifications of what other modules did, heard from their events after commit
 * (Spring Modulith's publication registry, delivered again after a crash), each written
 * into the outbox in the listener's own transaction under a key naming the event and the
 * recipient, so that a redelivered event writes nothing twice. The clinic hears about its
 * orders' payment links, payments, shipments, deliveries, cancellations, refunds and
 * invoices, its disputes and its profile; the manufacturer about new paid orders, its
 * disputes and its profile, never with the clinic's contact details. The in-app
 * notifications are the notifications module's and stay as they are.
 */
@NullMarked
package com.ayurlahi.whatsapp.notices;

import org.jspecify.annotations.NullMarked;
