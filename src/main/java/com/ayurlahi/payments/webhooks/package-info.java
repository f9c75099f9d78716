/**
 * Razorpay's webhooks: checked and stored under their event ids
 * ({@link WebhookReceiver}), kept in {@code razorpay_events} ({@link StoredWebhooks}),
 * and applied after commit, each in a transaction of its own, with the outcome recorded
 * on the stored event ({@link WebhookApplier}).
 */
@NullMarked
package com.ayurlahi.payments.webhooks;

import org.jspecify.annotations.NullMarked;
