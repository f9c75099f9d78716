/**
 * Start-up accounts: the dev profile's demo logins and production's first ADMIN.
 */
@NullMarked
package com.ayurlahi.users.internal;

import org.jspecify.annotations.NullMarked;
