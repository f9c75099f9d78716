package com.ayurlahi.manufacturers.api;

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
import org.springframework.security.access.AccessDeniedException;
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

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.profile.DecisionRequest;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/manufacturers}: the owner creates and edits its profile; ADMIN and SUPPORT
 * list and read all; ADMIN decides and sets commission and Razorpay account. Another
 * tenant's manufacturer does not exist (404).
 */
@RestController
@RequestMapping("/api/manufacturers")
class ManufacturersApiController {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name", "status",
			"approval.status");

	private final ManufacturerManagement manufacturers;

	private final Validator validator;

	ManufacturersApiController(ManufacturerManagement manufacturers, Validator validator) {
		this.manufacturers = manufacturers;
		this.validator = validator;
	}

	@PostMapping
	@PreAuthorize("hasRole('MANUFACTURER')")
	ResponseEntity<ManufacturerJson> create(@AuthenticationPrincipal AuthenticatedUser owner,
			@Valid @RequestBody ManufacturerRequest request) {
		if (request.commissionRate() != null || request.razorpayAccountId() != null) {
			throw new AccessDeniedException("Only the Ayurlahi team sets commission and Razorpay account");
		}
		Manufacturer manufacturer = manufacturers.register(owner, request.toDetails());
		return ResponseEntity.created(URI.create("/api/manufacturers/" + manufacturer.getId()))
			.body(ManufacturerJson.of(manufacturer));
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('MANUFACTURER')")
	ManufacturerJson mine(@AuthenticationPrincipal AuthenticatedUser owner) {
		return manufacturers.findOwnedBy(owner.id())
			.map(ManufacturerJson::of)
			.orElseThrow(() -> new NotFoundException("You have not created your company profile yet."));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
	PagedModel<ManufacturerJson> list(@RequestParam(required = false) @Nullable ApprovalStatus status,
			@RequestParam(required = false) @Nullable IndianState state,
			@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(
				manufacturers.search(status, state, q, Pages.checked(pageable, SORTABLE)).map(ManufacturerJson::of));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN', 'SUPPORT')")
	ManufacturerJson one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return ManufacturerJson.of(manufacturers.get(id, viewer));
	}

	/**
	 * Profile fields by the owner or an admin; commission and Razorpay account by an
	 * admin, in the same call.
	 */
	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN')")
	ManufacturerJson update(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser editor,
			@RequestBody ManufacturerRequest patch) {
		Manufacturer current = manufacturers.get(id, editor);
		ManufacturerRequest merged = patch.over(current);
		Set<ConstraintViolation<ManufacturerRequest>> violations = validator.validate(merged);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return ManufacturerJson.of(manufacturers.update(id, merged.toDetails(), patch.termsOver(current), editor));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	ManufacturerJson approve(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin) {
		return ManufacturerJson.of(manufacturers.approve(id, admin));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	ManufacturerJson reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ManufacturerJson.of(manufacturers.reject(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasRole('ADMIN')")
	ManufacturerJson suspend(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ManufacturerJson.of(manufacturers.suspend(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("hasRole('ADMIN')")
	ManufacturerJson reinstate(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ManufacturerJson.of(manufacturers.reinstate(id, DecisionRequest.reinstatementReasonOf(decision), admin));
	}

}
