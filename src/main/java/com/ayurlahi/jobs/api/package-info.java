/**
 * {@code /api/admin/jobs}: run a job, read an execution.
 */
@NullMarked
package com.ayurlahi.jobs.api;

import org.jspecify.annotations.NullMarked;
