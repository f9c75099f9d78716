/**
 * The clinic portal's home and profile pages, and the admin console's clinic queue and
 * decisions.
 */
@NullMarked
package com.ayurlahi.clinics.web;

import org.jspecify.annotations.NullMarked;
