package com.ayurlahi.audit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.web.Pages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/audit?entityType=&entityId=&actorId=&action=&from=&to=} for ADMIN:
 * entries newest first (the only order), in Spring Data's page format.
 */
@RestController
class AuditRestController {

	private final AuditLog auditLog;

	private final JsonMapper json;

	AuditRestController(AuditLog auditLog, JsonMapper json) {
		this.auditLog = auditLog;
		this.json = json;
	}

	@GetMapping("/api/audit")
	@PreAuthorize("hasRole('ADMIN')")
	PagedModel<Entry> entries(@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable UUID actorId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@PageableDefault(size = 20) Pageable pageable) {
		AuditQuery query = new AuditQuery(entityType, entityId, actorId, action, from, to);
		return new PagedModel<>(auditLog.find(query, Pages.checked(pageable, Map.of())).map(this::entry));
	}

	private Entry entry(AuditEntry entry) {
		return new Entry(entry.id(), entry.at(), entry.actorId(), entry.actorRole(), entry.action(), entry.entityType(),
				entry.entityId(), json.readTree(entry.changes()), entry.clientIp(), entry.requestId());
	}

	/** An entry as the API contract names its fields. */
	record Entry(UUID id, Instant at, @Nullable UUID actorId, String actorRole, String action, String entityType,
			String entityId, JsonNode changes, @Nullable String ip, @Nullable String requestId) {
	}

}
