/**
 * Who may do what: session form login for the portals, JWT bearer tokens for
 * {@code /api}, the rules that close each portal to the other roles, lock-out after
 * repeated failed logins and per-IP rate limits (both shared by all instances through the
 * database, and cleaned up by a scheduled job). Publishes {@link SecurityEvent}s for
 * every login, failed login and lock-out.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "users", "jobs" })
package com.ayurlahi.auth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
