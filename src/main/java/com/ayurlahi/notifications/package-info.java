/**
 * In-app notifications: what happened to a user's profile (and, later, orders), shown in the header on their
 * next visit until they mark it read. Fed by other modules' events through Spring Modulith's persisted
 * publication registry, so a notification is not lost if the app stops between the decision and delivery.
 */
@NullMarked
package com.ayurlahi.notifications;

import org.jspecify.annotations.NullMarked;
