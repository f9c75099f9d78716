/**
 * Razorpay payment links for orders placed over WhatsApp, one class per lifecycle: owed
 * in the transaction that asks for them and cancelled in the one that ends the order's
 * wait for its payment ({@link PaymentLinkRequesting}), made and cancelled at Razorpay
 * outside any transaction, in the background after commit ({@link PaymentLinkSubmission},
 * through {@code GatewayCallDue.LinkDue}), and moved on by Razorpay's webhooks in their
 * transaction ({@link PaymentLinkOutcomes}: a paid link's money goes through the module's
 * one capture path); read through {@link PaymentLinkQueries}. The {@code PaymentLink}
 * aggregate registers what happens to it, and {@code PaymentLinkAuditor} audits it in the
 * same transaction. The module's API for all this is
 * {@link com.ayurlahi.payments.PaymentLinks}.
 */
@NullMarked
package com.ayurlahi.payments.links;

import org.jspecify.annotations.NullMarked;
