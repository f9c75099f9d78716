/**
 * The audit log: every state and money change, login, failed login and lock-out, appended
 * in the transaction that made it (from {@link com.ayurlahi.common.audit.AuditedChange}
 * and {@link com.ayurlahi.auth.SecurityEvent}), never changed afterwards, and sealed into
 * a SHA-256 chain that {@link AuditLog#verifyChain()} checks.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "auth", "users" })
package com.ayurlahi.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
