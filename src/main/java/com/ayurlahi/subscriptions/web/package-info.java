/**
 * The subscriptions module's clinic portal pieces: the "Plan and billing" page
 * ({@code /clinic/plan}: the plan that applies and why, this month's usage, the next
 * charge, the plans to choose with what each would charge, cancelling, the past charges
 * and the platform's invoices for them), and {@link PlanNoticeInterceptor}, which puts
 * the clinic's monthly order limit on the catalog, cart and checkout pages of other
 * modules when it is near or reached ({@link com.ayurlahi.subscriptions.web.PlanNotice},
 * shown by {@code fragments/plan-notice}).
 */
@NullMarked
package com.ayurlahi.subscriptions.web;

import org.jspecify.annotations.NullMarked;
