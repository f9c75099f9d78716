/**
 * JSON API for accounts: {@code GET /api/users/me}.
 */
@NullMarked
package com.ayurlahi.users.rest;

import org.jspecify.annotations.NullMarked;
