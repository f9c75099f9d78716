/**
 * The subscriptions module's portal pieces. {@link PlanNoticeInterceptor} puts the
 * clinic's monthly order limit on the catalog, cart and checkout pages of other modules
 * when it is near or reached ({@link com.ayurlahi.subscriptions.web.PlanNotice}, shown by
 * {@code fragments/plan-notice}).
 */
@NullMarked
package com.ayurlahi.subscriptions.web;

import org.jspecify.annotations.NullMarked;
