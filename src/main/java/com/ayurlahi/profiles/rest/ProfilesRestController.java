package com.ayurlahi.profiles.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ProfileOnboarding;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * A kind of profile over JSON, as the API contract has it for {@code /api/clinics} and
 * {@code /api/manufacturers}: the owner creates and edits its profile; ADMIN and SUPPORT
 * list and read all; ADMIN decides. Another tenant's profile does not exist (404); a role
 * that may never see the kind gets 403 ({@code #root.this.ownerRole} in the rules below
 * is the kind's owner role). Each kind's controller extends it under its path. Its
 * handler methods are public so that the proxy of a kind's controller (method security)
 * reaches them from another package.
 *
 * @param <P> the kind's profile
 * @param <R> the kind's request
 * @param <D> what the kind's onboarding takes
 */
public abstract class ProfilesRestController<P extends BusinessProfile, R extends ProfileRequest, D> {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "name", "name", "status",
			"approval.status");

	private final ProfileOnboarding<P, D> profiles;

	private final Validator validator;

	private final String path;

	/**
	 * @param path where the kind's controller is mapped: {@code /api/clinics}
	 */
	protected ProfilesRestController(ProfileOnboarding<P, D> profiles, Validator validator, String path) {
		this.profiles = profiles;
		this.validator = validator;
		this.path = path;
	}

	/** The profile as the kind's JSON shows it. */
	protected abstract Object json(P profile);

	/** What the valid request asks the onboarding for. */
	protected abstract D detailsOf(R request);

	/**
	 * The role of the kind's owners, for the access rules of this controller's methods.
	 */
	public String getOwnerRole() {
		return profiles.ownerRole().name();
	}

	/** Refuses what the owner may not send when creating its profile. */
	protected void checkCreation(R request) {
	}

	/**
	 * Applies a valid {@code PATCH} (its gaps filled from the profile on file) to the
	 * profile.
	 */
	protected P patched(UUID id, R patch, AuthenticatedUser editor) {
		return profiles.update(id, detailsOf(patch), editor);
	}

	@ApiResponse(responseCode = "201", description = "The profile, waiting for approval", useReturnTypeSchema = true)
	@PostMapping
	@PreAuthorize("hasRole(#root.this.ownerRole)")
	public ResponseEntity<Object> create(@AuthenticationPrincipal AuthenticatedUser owner,
			@Valid @RequestBody R request) {
		checkCreation(request);
		P profile = profiles.register(owner, detailsOf(request));
		return ResponseEntity.created(URI.create(pathOf(profile))).body(json(profile));
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole(#root.this.ownerRole)")
	public Object mine(@AuthenticationPrincipal AuthenticatedUser owner) {
		return profiles.findOwnedBy(owner.id())
			.map(this::json)
			.orElseThrow(() -> new NotFoundException(
					"You have not created your " + profiles.kind().noun() + " profile yet."));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
	public PagedModel<Object> list(@RequestParam(required = false) @Nullable ApprovalStatus status,
			@RequestParam(required = false) @Nullable IndianState state,
			@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(profiles.search(status, state, q, Pages.checked(pageable, SORTABLE)).map(this::json));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole(#root.this.ownerRole, 'ADMIN', 'SUPPORT')")
	public Object one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return json(profiles.get(id, viewer));
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAnyRole(#root.this.ownerRole, 'ADMIN')")
	public Object update(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser editor,
			@RequestBody R patch) {
		patch.fillGapsFrom(profiles.get(id, editor));
		Set<ConstraintViolation<R>> violations = validator.validate(patch);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return json(patched(id, patch, editor));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	public Object approve(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin) {
		return json(profiles.approve(id, admin));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	public Object reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return json(profiles.reject(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasRole('ADMIN')")
	public Object suspend(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return json(profiles.suspend(id, DecisionRequest.reasonOf(decision), admin));
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("hasRole('ADMIN')")
	public Object reinstate(@PathVariable UUID id, @RequestBody(required = false) @Nullable DecisionRequest decision,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return json(profiles.reinstate(id, DecisionRequest.reinstatementReasonOf(decision), admin));
	}

	private String pathOf(P profile) {
		return path + "/" + profile.getId();
	}

}
