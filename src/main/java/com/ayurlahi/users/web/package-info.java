/**
 * Pages for accounts: the admin console's staff accounts.
 */
@NullMarked
package com.ayurlahi.users.web;

import org.jspecify.annotations.NullMarked;
