/**
 * The manufacturers' payouts by Razorpay Route: opened, linked to an account, taken back
 * for refunds and failed by Razorpay's webhook in the transaction that decides it
 * ({@link PayoutTransferRecording}); set up on hold and released at Razorpay in the
 * transfer's own transaction, in the background or when the team retries
 * ({@link PayoutTransferSubmission}). The {@code PayoutTransfer} entity and its
 * repository are this package's own.
 */
@NullMarked
package com.ayurlahi.payments.transfers;

import org.jspecify.annotations.NullMarked;
