/**
 * The admin console's jobs page.
 */
@NullMarked
package com.ayurlahi.jobs.web;

import org.jspecify.annotations.NullMarked;
