/**
 * Razorpay as the payments module talks to it: the {@link PaymentGateway} port, its two
 * adapters (the Razorpay Java SDK when RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are set,
 * otherwise the sandbox, with its checkout and payment-link pages and the webhooks it
 * signs and sends), Razorpay's signatures, and the calls that are due at the gateway once
 * a transaction that decided them has committed ({@link GatewayCallDue}).
 */
@NullMarked
package com.ayurlahi.payments.gateway;

import org.jspecify.annotations.NullMarked;
