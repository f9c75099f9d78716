/**
 * The clinic's JSON API of subscriptions under {@code /api/subscriptions}: the plans
 * offered, the clinic's plan and usage, subscribing, changing plan and cancelling.
 */
@NullMarked
package com.ayurlahi.subscriptions.rest;

import org.jspecify.annotations.NullMarked;
