/**
 * Chargebacks: the clinic's bank disputing a captured payment with Razorpay. Razorpay's
 * {@code payment.dispute.*} webhooks keep one row per dispute up to date
 * ({@link ChargebackRecording}, in the stored webhook's transaction; a late or repeated
 * report never moves a dispute back), and the team reads them through
 * {@link ChargebackQueries} as {@link ChargebackView}s, soonest deadline first. Nothing
 * is automated: no refund, no change to the manufacturer's payout; the team answers in
 * Razorpay's dashboard. The {@code Chargeback} entity and its repository are this
 * package's own.
 */
@NullMarked
package com.ayurlahi.payments.chargebacks;

import org.jspecify.annotations.NullMarked;
