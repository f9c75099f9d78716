/**
 * The clinic portal's "Plan and billing" page ({@code /clinic/plan}): the plan that
 * applies and why, this month's usage, the next charge, the plans to choose with what
 * each would charge, cancelling, the past charges and the platform's invoices for them.
 */
@NullMarked
package com.ayurlahi.subscriptions.web;

import org.jspecify.annotations.NullMarked;
