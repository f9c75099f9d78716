/**
 * The admin console's jobs page, which follows runs in progress.
 */
@NullMarked
package com.ayurlahi.jobs.web;

import org.jspecify.annotations.NullMarked;
