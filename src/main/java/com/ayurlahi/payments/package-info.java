/**
 * Takes the clinics' payments through Razorpay, settles them and pays the manufacturers
 * out. This package is the module's API: {@link com.ayurlahi.payments.PaymentCheckouts}
 * (starting a payment), {@link com.ayurlahi.payments.PaymentLinks} (payment links for
 * orders placed over WhatsApp: asked for in the checkout's transaction, announced by
 * {@link com.ayurlahi.payments.PaymentLinkIssued} once made at Razorpay, read with
 * {@link com.ayurlahi.payments.PaymentLinkView}),
 * {@link com.ayurlahi.payments.PaymentManagement} (proving a capture by the checkout's
 * signed callback or a webhook, whichever comes first, and the payment-timeout sweep's
 * decision), {@link com.ayurlahi.payments.PaymentQueries}, the settlement ledger's read
 * side {@link com.ayurlahi.payments.SettlementLedger} (which the invoices module reads
 * for the commission invoices), the views and settings, and the events other modules
 * hear: {@link com.ayurlahi.payments.PaymentCaptured},
 * {@link com.ayurlahi.payments.RefundProcessed} and
 * {@link com.ayurlahi.payments.PaymentLinkIssued}. The {@code Payment} entity and its
 * repository live here too; they are public only because the refunds and transfers
 * sub-packages lock and change payments.
 * <p>
 * Its parts, internal to the module:
 * <ul>
 * <li>{@code gateway}: the {@code PaymentGateway} port with the Razorpay SDK adapter and
 * the sandbox that signs like Razorpay for development and tests (with its public
 * payment-link page), Razorpay's signatures, and the calls due at the gateway after
 * commit ({@code GatewayCallDue});</li>
 * <li>{@code webhooks}: Razorpay's webhooks, checked and stored under their event ids
 * before they are applied ({@code WebhookReceiver}, {@code StoredWebhooks},
 * {@code WebhookApplier}): {@code payment.authorized}, {@code payment.captured},
 * {@code payment.failed}, {@code order.paid}, {@code refund.processed},
 * {@code refund.failed}, {@code transfer.failed}, {@code payment_link.paid},
 * {@code payment_link.expired}, {@code payment_link.cancelled} and the six
 * {@code payment.dispute.*} events (a payment event of a Razorpay order we don't know is
 * a payment link's when its notes name one of ours); any other is stored and marked
 * ignored;</li>
 * <li>{@code ledger}: the append-only rows of each capture's split (commission, GST on
 * it, TCS, payout) and each processed refund's reversal ({@code LedgerEntries});</li>
 * <li>{@code refunds}: refunds of cancelled paid orders and items, asked for in the
 * cancellation's transaction, handed to Razorpay after commit and ended by its
 * webhooks;</li>
 * <li>{@code transfers}: the manufacturers' payouts by Razorpay Route, held until the
 * dispute window after delivery has closed ({@code PayoutRelease}) and while a dispute
 * about the order is open ({@link com.ayurlahi.payments.transfers.PayoutHolds}, which the
 * disputes module may call: the named interface {@code payments::payout-holds});</li>
 * <li>{@code chargebacks}: the clinics' banks disputing payments, kept from Razorpay's
 * {@code payment.dispute.*} webhooks, one per dispute and never moved back by a late
 * report, and read through {@code ChargebackQueries}, {@code ChargebackView} and
 * {@code ChargebackStatus}: the named interface {@code payments :: chargebacks} other
 * modules may depend on;</li>
 * <li>{@code links}: the payment links ({@code payment_links}), asked for and cancelled
 * in the deciding transaction, made and cancelled at Razorpay outside any transaction,
 * and moved on by Razorpay's webhooks, a paid link's money going through the one capture
 * path;</li>
 * <li>{@code internal}: the payment-timeout sweep, payout-release and gateway-retries
 * jobs with their schedules, the worker that makes the Razorpay calls after commit
 * ({@code GatewayCallWorker}) and the dev profile's demo orders; the gateway-retries job
 * makes again the refund and transfer calls that found Razorpay out of reach, as their
 * {@code GatewayRetry} says;</li>
 * <li>{@code web} and {@code rest}: the portal pages and the JSON endpoints
 * ({@code /api/payments}, Razorpay's webhook endpoint).</li>
 * </ul>
 * Every change of a payment, refund, transfer or payment link is audited in its
 * transaction.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "orders", "manufacturers", "products", "jobs", "users" })
package com.ayurlahi.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
