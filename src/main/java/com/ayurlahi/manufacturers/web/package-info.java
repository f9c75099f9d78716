/**
 * The manufacturer portal's home and profile pages, and the admin console's manufacturer
 * queue, decisions and commercial terms.
 */
@NullMarked
package com.ayurlahi.manufacturers.web;

import org.jspecify.annotations.NullMarked;
