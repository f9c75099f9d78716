package com.ayurlahi.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to show; every part is optional. Dates are calendar days in India (IST),
 * both inclusive.
 */
public record AuditQuery(@Nullable String entityType, @Nullable String entityId, @Nullable UUID actorId,
		@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
}
