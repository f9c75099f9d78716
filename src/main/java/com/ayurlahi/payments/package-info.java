/**
 * Takes the clinics' payments through Razorpay: a Razorpay order per payment, the checkout redirect and its
 * signed callback, signed webhooks stored under their event ids before they are applied, and the order
 * confirmed once a capture is proven (by whichever of callback and webhook comes first). The gateway is a port
 * ({@link com.ayurlahi.payments.PaymentGateway}) with the Razorpay SDK adapter and a sandbox that signs like
 * Razorpay for development and tests. Every change of a payment is audited in its transaction.
 */
@NullMarked
package com.ayurlahi.payments;

import org.jspecify.annotations.NullMarked;
