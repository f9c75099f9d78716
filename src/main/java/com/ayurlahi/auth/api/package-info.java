/**
 * {@code POST /api/auth/login}: an access token for the JSON API.
 */
@NullMarked
package com.ayurlahi.auth.api;

import org.jspecify.annotations.NullMarked;
