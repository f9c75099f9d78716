package com.ayurlahi.audit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.Problems;
import com.ayurlahi.common.web.Problems.FieldMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/audit?entityType=&entityId=&actorId=&action=&from=&to=} for the team
 * (ADMIN and SUPPORT read the log; exporting and sealing it are the ADMIN's, in the
 * portal): entries newest first (the only order), in Spring Data's page format. A date or
 * user id that can't be read is a 400 naming its parameter.
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
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
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

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableParameter(MethodArgumentTypeMismatchException unreadable) {
		Class<?> type = unreadable.getRequiredType();
		String message = type == LocalDate.class ? "Enter a date like 2026-11-24." : type == UUID.class
				? "Enter a user id like 3f2a9c1e-5b7d-4e0a-9c1f-2b3d4e5f6a7b." : "Enter a valid value.";
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.invalid(List.of(new FieldMessage(unreadable.getName(), message))));
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
