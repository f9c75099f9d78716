/**
 * Runs the platform's Spring Batch jobs (payment-timeout sweep, later invoice generation) on their schedules
 * and on demand from the admin console and the API: one instance at a time across the cluster, through a
 * ShedLock lock in the database, with every execution recorded in Spring Batch's job repository.
 */
@NullMarked
package com.ayurlahi.jobs;

import org.jspecify.annotations.NullMarked;
