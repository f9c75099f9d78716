/**
 * The team's subscription pages under {@code /admin/subscriptions}: the figures (monthly
 * recurring revenue, active and past-due clinics, churn over 30 days, charges per month),
 * the subscribers by status, the past-due list, each clinic's history with the grants of
 * a plan, and the plan catalogue. ADMIN and SUPPORT read; only an ADMIN changes plans and
 * grants.
 */
@NullMarked
package com.ayurlahi.subscriptions.web.admin;

import org.jspecify.annotations.NullMarked;
