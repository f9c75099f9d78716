/**
 * The portal's login page and self-registration.
 */
@NullMarked
package com.ayurlahi.auth.web;

import org.jspecify.annotations.NullMarked;
