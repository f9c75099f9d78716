/**
 * Takes the clinics' payments through Razorpay: a Razorpay order per payment, the
 * checkout redirect and its signed callback, signed webhooks stored under their event ids
 * before they are applied, and the order confirmed once a capture is proven (by whichever
 * of callback and webhook comes first). The gateway is a port
 * ({@link com.ayurlahi.payments.gateway.PaymentGateway}) with the Razorpay SDK adapter
 * and a sandbox that signs like Razorpay for development and tests. A capture is settled
 * in the ledger (commission, GST on it, TCS, payout) and the payout transferred by
 * Razorpay Route to the manufacturer's linked account, held until delivery
 * ({@link com.ayurlahi.payments.transfers.PayoutTransferSubmission}). Cancellations of
 * paid orders and items, heard from the orders module's events in their transaction, are
 * refunded ({@link com.ayurlahi.payments.refunds.RefundRequesting}): Razorpay is called
 * after commit, and its refund webhooks add the ledger's reversal rows. Every change of a
 * payment, refund or transfer is audited in its transaction.
 */
@NullMarked
package com.ayurlahi.payments;

import org.jspecify.annotations.NullMarked;
