package com.ayurlahi.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.audit.AuditQuery;

/**
 * The audit page's filters, all optional.
 */
record AuditFilterFormData(@Size(max = 60, message = "Use at most 60 characters.") @Nullable String entityType,
		@Size(max = 254, message = "Use at most 254 characters.") @Nullable String entityId,
		@Pattern(regexp = "\\s*|\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*",
				message = "Enter a user id like 3f2a9c1e-…, as shown in the log.") @Nullable String actorId,
		@Size(max = 60, message = "Use at most 60 characters.") @Nullable String action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	@AssertTrue(message = "The end date must not be before the start date.")
	public boolean isRangeInOrder() {
		return from == null || to == null || !to.isBefore(from);
	}

	AuditQuery toQuery() {
		return new AuditQuery(entityType, entityId,
				actorId == null || actorId.isBlank() ? null : UUID.fromString(actorId.strip()), action, from, to);
	}

	static AuditFilterFormData none() {
		return new AuditFilterFormData(null, null, null, null, null, null);
	}
}
