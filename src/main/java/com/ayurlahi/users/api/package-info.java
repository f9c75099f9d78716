/**
 * JSON API for accounts: {@code GET /api/users/me}.
 */
@NullMarked
package com.ayurlahi.users.api;

import org.jspecify.annotations.NullMarked;
