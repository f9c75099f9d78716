/**
 * {@code /api/payments} and Razorpay's webhook endpoint.
 */
@NullMarked
package com.ayurlahi.payments.api;

import org.jspecify.annotations.NullMarked;
