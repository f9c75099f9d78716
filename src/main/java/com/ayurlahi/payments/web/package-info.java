/**
 * The clinic's payment pages and Razorpay's callback, the manufacturer's settlements, the
 * team's payment pages.
 */
@NullMarked
package com.ayurlahi.payments.web;

import org.jspecify.annotations.NullMarked;
