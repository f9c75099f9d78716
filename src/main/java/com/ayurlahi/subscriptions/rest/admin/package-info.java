/**
 * The team's subscription API under {@code /api/admin/subscriptions}: the subscribers by
 * status (ADMIN and SUPPORT), a grant of a plan to a clinic (ADMIN), and the plan
 * catalogue (read by ADMIN and SUPPORT; a new plan, a new version and retiring one by
 * ADMIN).
 */
@NullMarked
package com.ayurlahi.subscriptions.rest.admin;

import org.jspecify.annotations.NullMarked;
