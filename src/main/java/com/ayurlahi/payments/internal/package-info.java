/**
 * The payments module's adapters and machinery: the Razorpay SDK adapter and the sandbox
 * (its checkout page and webhook sender), the payment-timeout sweep job and its schedule,
 * and the dev profile's demo orders and payments.
 */
@NullMarked
package com.ayurlahi.payments.internal;

import org.jspecify.annotations.NullMarked;
