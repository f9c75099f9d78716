/**
 * Runs the platform's Spring Batch jobs (the payment-timeout sweep and the payout-release
 * job of the payments module, the invoice-generation job of the invoices module) on their
 * schedules and on demand from the admin console and the API: one run of a job at a time
 * across the cluster, through a ShedLock lock in the database, with every execution
 * recorded in Spring Batch's job repository. Schedules
 * {@link com.ayurlahi.jobs.JobRunner#run run} a job in their own thread; the console and
 * the API {@link com.ayurlahi.jobs.JobRunner#start start} one in the background, answer
 * at once with its execution and follow it in the job repository (the console's page
 * refreshes itself while a run is in progress).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*" })
package com.ayurlahi.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
