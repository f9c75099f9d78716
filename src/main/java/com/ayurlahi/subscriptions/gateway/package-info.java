/**
 * Razorpay Subscriptions as the subscriptions module talks to it: the
 * {@link SubscriptionGateway} port and its two adapters, chosen like the payments
 * module's gateway: Razorpay's Java SDK ({@code RazorpaySdkSubscriptionGateway}) when
 * RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are set, otherwise the sandbox
 * ({@link SandboxSubscriptions}) with its public authorisation page marked SANDBOX, its
 * renewals on the application's clock and the signed {@code subscription.*} webhooks it
 * posts to our Razorpay webhook endpoint. {@link RazorpayMethods} reads Razorpay's
 * payment methods as the kinds we keep (UPI, CARD, EMANDATE).
 */
@NullMarked
package com.ayurlahi.subscriptions.gateway;

import org.jspecify.annotations.NullMarked;
