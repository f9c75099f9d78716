/**
 * The portal's login page.
 */
@NullMarked
package com.ayurlahi.auth.web;

import org.jspecify.annotations.NullMarked;
