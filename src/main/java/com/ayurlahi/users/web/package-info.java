/**
 * Pages for accounts: self-registration and the admin console's staff accounts.
 */
@NullMarked
package com.ayurlahi.users.web;

import org.jspecify.annotations.NullMarked;
