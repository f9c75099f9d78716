/**
 * The payments module's JSON endpoints: {@code /api/payments} and Razorpay's webhook
 * endpoint.
 */
@NullMarked
package com.ayurlahi.payments.rest;

import org.jspecify.annotations.NullMarked;
