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
 * Its parts: {@code gateway} (the {@code SubscriptionGateway} port, Razorpay's SDK
 * adapter and the sandbox), {@code internal} (usage counting, the allowance), {@code web}
 * and {@code rest}, and the team's {@code web.admin} ({@code /admin/subscriptions}) and
 * {@code rest.admin} ({@code /api/admin/subscriptions}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "clinics", "orders", "payments", "users", "jobs" })
package com.ayurlahi.subscriptions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
