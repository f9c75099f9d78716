/**
 * The machinery behind the auth module: security filter chains, lock-out bookkeeping,
 * rate limiting and token handling.
 */
@NullMarked
package com.ayurlahi.auth.internal;

import org.jspecify.annotations.NullMarked;
