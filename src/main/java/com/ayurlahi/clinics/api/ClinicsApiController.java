package com.ayurlahi.clinics.api;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.profile.DecisionRequest;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/clinics}: the owner creates and edits its profile; ADMIN and SUPPORT list
 * and read all; ADMIN decides. Another tenant's clinic does not exist (404); a role that
 * may never see clinics gets 403.
 */
@RestController
@RequestMapping("/api/clinics")
class ClinicsApiController {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name", "status",
			"approval.status");

	private final ClinicManagement clinics;

	private final Validator validator;

	ClinicsApiController(ClinicManagement clinics, Validator validator) {
		this.clinics = clinics;
		this.validator = validator;
	}

	@PostMapping
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<ClinicJson> create(@AuthenticationPrincipal AuthenticatedUser owner,
			@Valid @RequestBody ClinicRequest request) {
		Clinic clinic = clinics.register(owner, request.toDetails());
		return ResponseEntity.created(URI.create("/api/clinics/" + clinic.getId())).body(ClinicJson.of(clinic));
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('CLINIC')")
	ClinicJson mine(@AuthenticationPrincipal AuthenticatedUser owner) {
		return clinics.findOwnedBy(owner.id())
			.map(ClinicJson::of)
			.orElseThrow(() -> new NotFoundException("You have not created your clinic profile yet."));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
	PagedModel<ClinicJson> list(@RequestParam(required = false) @Nullable ApprovalStatus status,
			@RequestParam(required = false) @Nullable IndianState state,
			@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(
				clinics.search(status, state, q, Pages.checked(pageable, SORTABLE)).map(ClinicJson::of));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CLINIC', 'ADMIN', 'SUPPORT')")
	ClinicJson one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return ClinicJson.of(clinics.get(id, viewer));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('CLINIC', 'ADMIN')")
	ClinicJson update(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser editor,
			@RequestBody ClinicRequest patch) {
		ClinicRequest merged = patch.over(clinics.get(id, editor));
		Set<ConstraintViolation<ClinicRequest>> violations = validator.validate(merged);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return ClinicJson.of(clinics.update(id, merged.toDetails(), editor));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	ClinicJson approve(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin) {
		return ClinicJson.of(clinics.approve(id, admin));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	ClinicJson reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ClinicJson.of(clinics.reject(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasRole('ADMIN')")
	ClinicJson suspend(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ClinicJson.of(clinics.suspend(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("hasRole('ADMIN')")
	ClinicJson reinstate(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ClinicJson.of(clinics.reinstate(id, DecisionRequest.reinstatementReasonOf(decision), admin));
	}

}
