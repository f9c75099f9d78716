package com.ayurlahi.payments;

/** A signed Razorpay webhook was stored under {@code eventId}; applying it happens after the commit. */
record RazorpayEventReceived(String eventId) {
}
