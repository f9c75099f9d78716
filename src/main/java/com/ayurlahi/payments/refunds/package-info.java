/**
 * Refunds, one class per lifecycle: asked for in the transaction that decides them
 * ({@link RefundRequesting}: a cancellation of a paid order or item, a capture for an
 * order that no longer waited, the team asking again), handed to Razorpay outside any
 * transaction ({@link RefundSubmission}: in the background after commit, or the team's
 * retry), and ended by Razorpay's webhooks in their transaction ({@link RefundOutcomes});
 * read through {@link RefundQueries}. The {@code Refund} entity and its repository are
 * this package's own.
 */
@NullMarked
package com.ayurlahi.payments.refunds;

import org.jspecify.annotations.NullMarked;
