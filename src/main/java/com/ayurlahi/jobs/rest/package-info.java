/**
 * {@code /api/admin/jobs}: start a job in the background, read an execution.
 */
@NullMarked
package com.ayurlahi.jobs.rest;

import org.jspecify.annotations.NullMarked;
