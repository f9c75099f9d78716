/**
 * ShedLock's lock provider for the job runner.
 */
@NullMarked
package com.ayurlahi.jobs.internal;

import org.jspecify.annotations.NullMarked;
