/**
 * {@code POST /api/auth/register} and {@code POST /api/auth/login}: accounts and access
 * tokens for the API.
 */
@NullMarked
package com.ayurlahi.auth.rest;

import org.jspecify.annotations.NullMarked;
