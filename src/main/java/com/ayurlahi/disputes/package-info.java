/**
 * Disputes: a clinic's claim about the goods of an order it received (damaged, short,
 * wrong, expired, of poor quality, not delivered). The module's API:
 * <ul>
 * <li>{@link com.ayurlahi.disputes.DisputeOpening}: a clinic reports a problem within the
 * window after delivery, or reopens a decided dispute once with new evidence;</li>
 * <li>{@link com.ayurlahi.disputes.DisputeAnswers}: the manufacturer accepts, offers less
 * or contests before its deadline, and ships a replacement it owes; the clinic accepts or
 * refuses an offer, or withdraws;</li>
 * <li>{@link com.ayurlahi.disputes.DisputeDecisions}: the team takes a dispute over, an
 * admin decides an escalated one, and the dispute-escalation job sends the team those
 * whose deadline passed;</li>
 * <li>{@link com.ayurlahi.disputes.DisputeThread} (messages and the team's internal
 * notes), {@link com.ayurlahi.disputes.DisputeEvidenceFiles} (photos and PDFs through the
 * object storage) and {@link com.ayurlahi.disputes.DisputeQueries} (the reads, each party
 * seeing its own, and each manufacturer's record);</li>
 * <li>the events {@link com.ayurlahi.disputes.DisputeChanged} and
 * {@link com.ayurlahi.disputes.DisputeMessagePosted}, which the notifications module
 * tells the other party about.</li>
 * </ul>
 * The {@code Dispute} aggregate guards its states and registers what happened as events,
 * which {@code DisputeAuditor} audits in the same transaction. A refund resolution goes
 * through the payments module's {@link com.ayurlahi.payments.ClaimPayments} in the
 * deciding transaction (Razorpay refund, ledger reversal, payout taken back, credit note
 * once processed); a replacement takes stock as an order does. While a dispute is open
 * the manufacturer's payout for the order stays held ({@code DisputePayoutHolds}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "orders", "payments", "payments :: chargebacks",
		"payments :: payout-holds", "products", "storage", "users", "jobs" })
package com.ayurlahi.disputes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
