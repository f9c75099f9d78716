/**
 * Who may do what: session form login for the portals, JWT bearer tokens for
 * {@code /api}, the rules that close each portal to the other roles, lock-out after
 * repeated failed logins and per-IP rate limits (both shared by all instances through the
 * database, and cleaned up by a scheduled job). Publishes {@link SecurityEvent}s for
 * every login, failed login and lock-out. Keeps portal sessions in the database (Spring
 * Session JDBC; read once per request, not again after saving them), checks API tokens'
 * version so that they can be revoked, and lets users change their password or reset a
 * forgotten one (a link by email through the mail module, or a code to a verified
 * WhatsApp number through the whatsapp module).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "users", "jobs", "mail", "whatsapp" })
package com.ayurlahi.auth;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
