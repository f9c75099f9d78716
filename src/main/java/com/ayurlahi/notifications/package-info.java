/**
 * In-app notifications: what happened to a user's profile, orders, disputes and
 * subscription (a failed charge, a restriction, paid again), shown in the header on their
 * next visit until they mark it read. Fed by other modules' events through Spring
 * Modulith's persisted publication registry: a decision whose notification was not
 * delivered (the app stopped, the listener failed) is delivered again when the app next
 * starts, and a redelivery leaves a single notification.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "clinics", "disputes", "manufacturers", "orders", "profiles",
		"subscriptions", "users" })
package com.ayurlahi.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
