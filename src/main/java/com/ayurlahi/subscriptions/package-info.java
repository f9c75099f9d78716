/**
 * Clinic subscriptions: the platform's plans (versioned, with typed features: orders a
 * month, WhatsApp ordering, the dispute window, priority support), each clinic's
 * subscription to one at Razorpay Subscriptions, the charges those make (each invoiced by
 * the platform) and dunning. The module's API:
 * <ul>
 * <li>{@link com.ayurlahi.subscriptions.Entitlements}: which plan's features apply to a
 * clinic now ({@link com.ayurlahi.subscriptions.Entitlement}: a grant, a live
 * subscription, the trial, or Free) and this month's usage; the orders module asks it
 * through {@link com.ayurlahi.orders.OrderAllowance} for every order it places;</li>
 * <li>{@link com.ayurlahi.subscriptions.SubscriptionBilling}: a clinic owner subscribes,
 * changes plan (with a {@link com.ayurlahi.subscriptions.PlanChangeQuote} to confirm
 * first) and cancels; {@link com.ayurlahi.subscriptions.ClinicBilling}: what the clinic's
 * "Plan and billing" page and {@code GET /api/subscriptions/me} show;
 * {@link com.ayurlahi.subscriptions.ChargeRefunds}: an admin refunds a charge;</li>
 * <li>{@link com.ayurlahi.subscriptions.Plan},
 * {@link com.ayurlahi.subscriptions.Subscription} and their statuses,
 * {@link com.ayurlahi.subscriptions.SubscriptionCharge}, and the events
 * {@link com.ayurlahi.subscriptions.SubscriptionChanged},
 * {@link com.ayurlahi.subscriptions.SubscriptionCharged} and
 * {@link com.ayurlahi.subscriptions.SubscriptionChargeRefunded} (the invoices module
 * issues the platform's tax invoice and credit note from them);</li>
 * <li>the team's side: {@link com.ayurlahi.subscriptions.PlanCatalog} (plans, their
 * versions and retirement), {@link com.ayurlahi.subscriptions.PlanGrants} (a plan granted
 * to a clinic until a date), {@link com.ayurlahi.subscriptions.SubscriptionReports} (MRR,
 * active, past due, churn, charges per month, subscribers) and
 * {@link com.ayurlahi.subscriptions.SubscriptionHistories} (a clinic's history).</li>
 * </ul>
 * <h2>Plan changes: a new subscription each time</h2> Razorpay changes the plan of a live
 * subscription only when its mandate is a card; UPI AutoPay and eMandate mandates are for
 * a fixed plan. So that every clinic changes plan the same way whatever its mandate, a
 * change is a new Razorpay subscription on the new plan that replaces the old one, which
 * is cancelled at the end of its paid cycle once the new one is authorised:
 * <ul>
 * <li>an upgrade applies at once: the new subscription starts charging at the end of the
 * old one's paid cycle ({@code start_at}), and its mandate's authorisation charges, as an
 * upfront addon, the prorated difference for the rest of the cycle ((new price − old
 * price) × days left ÷ days in the cycle, GST added for the clinic's tax type), which is
 * recorded and invoiced like any charge;</li>
 * <li>a downgrade, or the same plan again after a cancellation, applies from the end of
 * the paid cycle: nothing is charged until then;</li>
 * <li>the Free plan is a cancellation at the end of the paid cycle;</li>
 * <li>from the trial, the Free plan, a past-due or a restricted subscription the new one
 * starts at once and its authorisation charges the first cycle (a past-due or restricted
 * one is cancelled at once).</li>
 * </ul>
 * Until the new mandate is authorised nothing changes; a subscription not authorised
 * within {@code authorisation-timeout} is given up. The clinic changes plan again once
 * the old subscription has ended.
 * <h2>Razorpay</h2> Subscriptions are made at Razorpay outside any transaction (the
 * record first, Razorpay's answer in a second transaction), cancellations and refunds are
 * sent after commit, and Razorpay's {@code subscription.*} webhooks come through the
 * payments module's endpoint ({@link com.ayurlahi.payments.SubscriptionEvents}), each
 * charge recorded once by its payment id. The {@code subscription-reconciliation} job
 * makes what was never made, gives up what was never authorised, fetches what we have not
 * heard about for a day (lost webhooks, their charges included), restricts subscriptions
 * past due beyond the grace period and retries cancellations.
 * <p>
 * Its parts: {@code gateway} (the {@code SubscriptionGateway} port, Razorpay's SDK
 * adapter and the sandbox), {@code internal} (usage counting, the allowance, the
 * machinery above), {@code web} and {@code rest} (the clinic's page and API), and the
 * team's {@code web.admin} ({@code /admin/subscriptions}) and {@code rest.admin}
 * ({@code /api/admin/subscriptions}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "clinics", "orders", "payments", "profiles", "users", "jobs" })
package com.ayurlahi.subscriptions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
