package com.ayurlahi.subscriptions.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.subscriptions.ClinicBilling;
import com.ayurlahi.subscriptions.PlanLimitReached;
import com.ayurlahi.subscriptions.SubscriptionBilling;
import com.ayurlahi.subscriptions.SubscriptionBilling.Cancellation;
import com.ayurlahi.subscriptions.SubscriptionBilling.PlanChangeResult;
import com.ayurlahi.subscriptions.SubscriptionStart;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * {@code /clinic/plan}, "Plan and billing": the clinic's plan, usage, next charge, the
 * plans to choose from, its charges and invoices. Choosing a plan or cancelling shows
 * what it will do first (a page of its own, or in place with htmx), then posts: a new
 * subscription sends the clinic on to Razorpay's page to authorise the mandate.
 */
@Controller
@RequestMapping(PlanLimitReached.UPGRADE_PATH)
class ClinicPlanController {

	private static final String PLAN = "redirect:" + PlanLimitReached.UPGRADE_PATH;

	private final ClinicBilling billing;

	private final SubscriptionBilling subscriptions;

	ClinicPlanController(ClinicBilling billing, SubscriptionBilling subscriptions) {
		this.billing = billing;
		this.subscriptions = subscriptions;
	}

	@Bean
	static NavigationItem clinicPlanNavigation() {
		return new NavigationItem(Portal.CLINIC, "Plan", PlanLimitReached.UPGRADE_PATH, 45);
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("view", billing.of(clinic));
		return "clinic/plan";
	}

	/** What choosing the plan will do, to confirm. */
	@GetMapping("/change")
	String confirmChange(@AuthenticationPrincipal AuthenticatedUser clinic, @RequestParam UUID planId, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("quote", subscriptions.quote(clinic, planId));
		}
		catch (ConflictException | InvalidInputException refused) {
			FlashMessage.refused(redirect, refused);
			return PLAN;
		}
		return "clinic/plan-confirm";
	}

	/**
	 * The same, in place on the plan page (a refusal goes to the button's error slot).
	 */
	@HxRequest
	@GetMapping("/change")
	String confirmChangeInPlace(@AuthenticationPrincipal AuthenticatedUser clinic, @RequestParam UUID planId,
			Model model) {
		model.addAttribute("quote", subscriptions.quote(clinic, planId));
		return "clinic/plan-confirm :: change";
	}

	@PostMapping("/change")
	String change(@AuthenticationPrincipal AuthenticatedUser clinic, @RequestParam UUID planId,
			RedirectAttributes redirect) {
		PlanChangeResult result;
		try {
			result = subscriptions.change(clinic, planId);
		}
		catch (ConflictException | InvalidInputException refused) {
			FlashMessage.refused(redirect, refused);
			return PLAN;
		}
		SubscriptionStart start = result.start();
		if (start == null) {
			FlashMessage.success(redirect, result.quote().summary());
			return PLAN;
		}
		if (start.readyToAuthorise()) {
			return "redirect:" + start.authorisationUrl();
		}
		if (start.status().isEnded()) {
			FlashMessage.warning(redirect,
					"Razorpay could not make the subscription before it was to start: choose the plan again.");
		}
		else {
			FlashMessage.warning(redirect, "Razorpay could not be reached just now. Your choice is kept: choose "
					+ result.quote().plan().getName() + " again in a minute to authorise it.");
		}
		return PLAN;
	}

	/** What cancelling will do, to confirm. */
	@GetMapping("/cancel")
	String confirmCancel(@AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("view", billing.of(clinic));
		return "clinic/plan-confirm";
	}

	@HxRequest
	@GetMapping("/cancel")
	String confirmCancelInPlace(@AuthenticationPrincipal AuthenticatedUser clinic, Model model) {
		model.addAttribute("view", billing.of(clinic));
		return "clinic/plan-confirm :: cancel";
	}

	@PostMapping("/cancel")
	String cancel(@AuthenticationPrincipal AuthenticatedUser clinic, RedirectAttributes redirect) {
		try {
			Cancellation cancellation = subscriptions.cancel(clinic, true);
			FlashMessage.success(redirect, cancellation.message());
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return PLAN;
	}

}
