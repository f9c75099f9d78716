/**
 * Razorpay's webhooks: checked and stored under their event ids
 * ({@link RazorpayWebhookInbox}), kept in {@code razorpay_events}
 * ({@link RazorpayEvents}), and applied after commit, each in a transaction of its own,
 * with the outcome recorded on the stored event ({@link RazorpayEventProcessor}).
 */
@NullMarked
package com.ayurlahi.payments.webhooks;

import org.jspecify.annotations.NullMarked;
