package com.ayurlahi.subscriptions.rest.admin;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.subscriptions.ChargeRefunds;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.PlanGrants;
import com.ayurlahi.subscriptions.SubscriptionReports;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/admin/subscriptions}: the subscribers ({@code ?status=}, a page at a time,
 * the most recently changed first) and the plan catalogue for ADMIN and SUPPORT; a grant
 * of a plan to a clinic, a new plan, a new version of one and retiring one for ADMIN. Bad
 * input is a 400 naming the field; a state that forbids the change a 409.
 */
@RestController
@RequestMapping("/api/admin/subscriptions")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
class AdminSubscriptionsRestController {

	private final SubscriptionReports reports;

	private final PlanGrants grants;

	private final PlanCatalog catalog;

	private final ChargeRefunds refunds;

	AdminSubscriptionsRestController(SubscriptionReports reports, PlanGrants grants, PlanCatalog catalog,
			ChargeRefunds refunds) {
		this.refunds = refunds;
		this.reports = reports;
		this.grants = grants;
		this.catalog = catalog;
	}

	@GetMapping
	PagedModel<SubscriberJson> subscribers(@RequestParam(required = false) @Nullable String status,
			@PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(
				reports.subscribers(status(status), Pages.checked(pageable, Map.of())).map(SubscriberJson::of));
	}

	@ApiResponse(responseCode = "201", description = "The plan granted to the clinic", useReturnTypeSchema = true)
	@PostMapping("/{clinicId}/override")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<GrantJson> grant(@PathVariable UUID clinicId, @RequestBody GrantRequest request,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(GrantJson.of(grants.grant(clinicId, request.plan(), request.lastDay(), request.reason(), admin)));
	}

	/**
	 * An admin refunds {@code amount} of a subscription charge: 202, the refund on its
	 * way to Razorpay; its credit note follows Razorpay's {@code refund.processed}.
	 */
	@ApiResponse(responseCode = "202", description = "The refund, asked of Razorpay", useReturnTypeSchema = true)
	@PostMapping("/charges/{chargeId}/refund")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ChargeRefunds.ChargeRefundView> refund(@PathVariable UUID chargeId,
			@RequestBody ChargeRefundRequest request, @AuthenticationPrincipal AuthenticatedUser admin) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(refunds.refundCharge(chargeId, request.rupees(), request.why(), admin));
	}

	@GetMapping("/plans")
	List<PlanVersionJson> plans() {
		return catalog.versions().stream().map(PlanVersionJson::of).toList();
	}

	@ApiResponse(responseCode = "201", description = "The new plan's first version", useReturnTypeSchema = true)
	@PostMapping("/plans")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PlanVersionJson> createPlan(@Valid @RequestBody PlanRequest request,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(PlanVersionJson
				.of(catalog.create(request.code() == null ? "" : request.code(), request.toTerms(), admin)));
	}

	@ApiResponse(responseCode = "201", description = "The plan's new version", useReturnTypeSchema = true)
	@PostMapping("/plans/{planId}/versions")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<PlanVersionJson> newVersion(@PathVariable UUID planId, @Valid @RequestBody PlanRequest request,
			@AuthenticationPrincipal AuthenticatedUser admin) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(PlanVersionJson.of(catalog.newVersion(planId, request.toTerms(), admin)));
	}

	@PostMapping("/plans/{planId}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	PlanVersionJson retire(@PathVariable UUID planId, @AuthenticationPrincipal AuthenticatedUser admin) {
		return PlanVersionJson.of(catalog.retire(planId, admin));
	}

	private static @Nullable SubscriptionStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		SubscriptionStatus chosen = RequestParams.constant(SubscriptionStatus.class, status.strip());
		if (chosen == null) {
			throw new InvalidInputException("status",
					"Use one of: " + Arrays.stream(SubscriptionStatus.values())
						.map(SubscriptionStatus::name)
						.collect(Collectors.joining(", ")) + ".");
		}
		return chosen;
	}

}
