package com.ayurlahi.subscriptions.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.web.Problems;
import com.ayurlahi.subscriptions.ClinicBilling;
import com.ayurlahi.subscriptions.ClinicPlanView;
import com.ayurlahi.subscriptions.SubscriptionBilling;
import com.ayurlahi.subscriptions.SubscriptionBilling.PlanChangeResult;
import com.ayurlahi.subscriptions.SubscriptionStart;
import com.ayurlahi.subscriptions.rest.SubscriptionJson.CancelledJson;
import com.ayurlahi.subscriptions.rest.SubscriptionJson.ChangeJson;
import com.ayurlahi.subscriptions.rest.SubscriptionJson.MeJson;
import com.ayurlahi.subscriptions.rest.SubscriptionJson.PlanJson;
import com.ayurlahi.subscriptions.rest.SubscriptionJson.StartJson;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/subscriptions}: the plans offered (any signed-in user), and for a clinic
 * owner its plan and usage, subscribing, changing plan and cancelling. A subscription
 * Razorpay could not be asked to make is answered 503 (it is kept: asking again for the
 * same plan answers it once Razorpay has made it).
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionsRestController {

	private final ClinicBilling billing;

	private final SubscriptionBilling subscriptions;

	SubscriptionsRestController(ClinicBilling billing, SubscriptionBilling subscriptions) {
		this.billing = billing;
		this.subscriptions = subscriptions;
	}

	@GetMapping("/plans")
	List<PlanJson> plans() {
		return billing.offered().stream().map(plan -> PlanJson.of(plan, billing.monthlyTotal(plan))).toList();
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('CLINIC')")
	MeJson me(@AuthenticationPrincipal AuthenticatedUser clinic) {
		ClinicPlanView view = billing.of(clinic);
		return MeJson.of(view, billing.monthlyTotal(view.entitlement().plan()));
	}

	@ApiResponse(responseCode = "201",
			description = "The subscription, waiting for the clinic to authorise it at `authorisationUrl`",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "503",
			description = "Razorpay could not be reached; the subscription is kept, ask again in a minute")
	@PostMapping
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<?> subscribe(@AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody PlanRequest request) {
		return started(subscriptions.subscribe(clinic, request.plan()), null);
	}

	@ApiResponse(responseCode = "200", description = "The change, scheduled or made at once",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "201",
			description = "A new subscription, waiting for authorisation at `authorisationUrl`",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "503",
			description = "Razorpay could not be reached; the subscription is kept, ask again in a minute")
	@PostMapping("/me/change")
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<?> change(@AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody PlanRequest request) {
		PlanChangeResult result = subscriptions.change(clinic, request.plan());
		if (result.start() == null) {
			return ResponseEntity
				.ok(new ChangeJson(result.quote().kind(), result.quote().effectiveFrom(), result.quote().summary()));
		}
		return started(result.start(), result);
	}

	@PostMapping("/me/cancel")
	@PreAuthorize("hasRole('CLINIC')")
	CancelledJson cancel(@AuthenticationPrincipal AuthenticatedUser clinic, @Valid @RequestBody CancelRequest request) {
		return CancelledJson.of(subscriptions.cancel(clinic, Boolean.TRUE.equals(request.atCycleEnd())));
	}

	private static ResponseEntity<?> started(SubscriptionStart start, @Nullable PlanChangeResult result) {
		if (start.status().isEnded()) {
			ProblemDetail problem = Problems.of(HttpStatus.CONFLICT,
					"Razorpay could not make the subscription before it was to start: choose the plan again.");
			problem.setProperty("subscriptionId", start.subscriptionId());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		if (start.authorisationUrl() == null) {
			ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
					"Razorpay could not be reached to make the subscription. It is kept: ask again for the same plan "
							+ "in a minute to get the page where you authorise it.");
			problem.setProperty("subscriptionId", start.subscriptionId());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
		}
		return ResponseEntity.created(URI.create("/api/subscriptions/me"))
			.body(StartJson.of(start, result == null ? null : result.quote()));
	}

}
