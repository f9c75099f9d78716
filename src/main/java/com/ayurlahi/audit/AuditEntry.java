package com.ayurlahi.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param seq the order of arrival
 * @param changes the changed fields as JSON: {@code {"status": {"before":
 * "PENDING_APPROVAL", "after": "APPROVED"}}}
 */
public record AuditEntry(UUID id, long seq, Instant at, @Nullable UUID actorId, String actorRole, String action,
		String entityType, String entityId, String changes, @Nullable String clientIp, @Nullable String requestId) {
}
