/**
 * The manufacturers' payouts by Razorpay Route: opened, linked to an account, taken back
 * for refunds and failed by Razorpay's webhook in the transaction that decides it
 * ({@link PayoutTransferRecording}); due for release once the dispute window after the
 * order's delivery ({@code ayurlahi.payments.payout-release-after-delivery}) has closed,
 * made due by the payout-release job one transfer per transaction
 * ({@link PayoutRelease}), unless an open dispute holds the payout ({@link PayoutHolds},
 * called by the disputes module in its own transactions); set up on hold and released at
 * Razorpay in the transfer's own transaction, in the background or when the team retries
 * ({@link PayoutTransferSubmission}). The {@code PayoutTransfer} entity, its dispute
 * holds ({@code payout_transfer_holds}) and its repository are this package's own.
 */
@NullMarked
package com.ayurlahi.payments.transfers;

import org.jspecify.annotations.NullMarked;
