/**
 * The subscriptions module's machinery: counting orders against the plan
 * ({@code OrderUsage}, {@code PlanOrderAllowance}); making subscriptions at Razorpay
 * outside any transaction ({@code GatewaySubscriptionMaker}); applying Razorpay's
 * subscription and refund webhooks ({@code RazorpaySubscriptionEvents}, which the
 * payments module calls) and fetched states ({@code GatewayReports}); recording each
 * charge once with its taxable value ({@code ChargeRecording}); telling Razorpay to
 * cancel ({@code GatewayCancellations}) and to refund ({@code ChargeRefundSubmission})
 * after commit; the {@code subscription-reconciliation} job; and the money rules:
 * proration of an upgrade ({@link com.ayurlahi.subscriptions.internal.Proration}) and GST
 * on the subscription fee
 * ({@link com.ayurlahi.subscriptions.internal.SubscriptionTaxes}).
 */
@NullMarked
package com.ayurlahi.subscriptions.internal;

import org.jspecify.annotations.NullMarked;
