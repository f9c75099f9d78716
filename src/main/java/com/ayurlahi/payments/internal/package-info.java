/**
 * The payments module's machinery: the payment-timeout sweep and payout-release jobs and
 * their schedules, the worker that makes the Razorpay calls of refunds, payout transfers
 * and payment links after commit, and the dev profile's demo orders and payments.
 */
@NullMarked
package com.ayurlahi.payments.internal;

import org.jspecify.annotations.NullMarked;
