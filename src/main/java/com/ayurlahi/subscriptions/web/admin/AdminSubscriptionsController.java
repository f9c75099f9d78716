package com.ayurlahi.subscriptions.web.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.subscriptions.ChargeRefunds;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.PlanGrant;
import com.ayurlahi.subscriptions.PlanGrants;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionHistories;
import com.ayurlahi.subscriptions.SubscriptionReports;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The team's subscription pages: the figures, the subscribers by status (and its htmx
 * twin for the filter), the past-due list, and a clinic's history with the grants of a
 * plan, which only an ADMIN gives and revokes.
 */
@Controller
@RequestMapping("/admin/subscriptions")
class AdminSubscriptionsController {

	static final int PAGE_SIZE = 25;

	/** How many months of charges the overview lists. */
	static final int MONTHS = 12;

	/** How many applying grants the overview lists. */
	static final int GRANTS_LISTED = 50;

	private static final String CLINIC = "admin/subscriptions/clinic";

	private final SubscriptionReports reports;

	private final SubscriptionHistories histories;

	private final PlanGrants grants;

	private final PlanCatalog catalog;

	private final SubscriptionCharges charges;

	private final ChargeRefunds refunds;

	private final SubscriptionSettings settings;

	private final Clock clock;

	AdminSubscriptionsController(SubscriptionReports reports, SubscriptionHistories histories, PlanGrants grants,
			PlanCatalog catalog, SubscriptionCharges charges, ChargeRefunds refunds, SubscriptionSettings settings,
			Clock clock) {
		this.charges = charges;
		this.refunds = refunds;
		this.reports = reports;
		this.histories = histories;
		this.grants = grants;
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	@Bean
	static NavigationItem adminSubscriptionsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Subscriptions", "/admin/subscriptions", 40);
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("overview", reports.overview());
		model.addAttribute("months", reports.monthlyCharges(MONTHS));
		model.addAttribute("grantsNow", reports.grantsNow(GRANTS_LISTED));
		model.addAttribute("churnDays", SubscriptionReports.CHURN_WINDOW.toDays());
		model.addAttribute("graceDays", settings.grace().toDays());
		return "admin/subscriptions/overview";
	}

	@GetMapping("/subscribers")
	String subscribers(@ModelAttribute("filter") SubscriberFilterFormData filter,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addSubscribers(filter, page, model);
		model.addAttribute("statuses", SubscriptionStatus.values());
		return "admin/subscriptions/subscribers";
	}

	@HxRequest
	@GetMapping("/subscribers")
	String subscriberResults(@ModelAttribute("filter") SubscriberFilterFormData filter,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addSubscribers(filter, page, model);
		return "admin/subscriptions/subscribers :: subscriber-results";
	}

	@GetMapping("/past-due")
	String pastDue(@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("results", reports.pastDue(PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("now", clock.instant());
		model.addAttribute("graceDays", settings.grace().toDays());
		return "admin/subscriptions/past-due";
	}

	@GetMapping("/clinics/{clinicId}")
	String clinic(@PathVariable UUID clinicId, Model model) {
		showClinic(clinicId, model);
		return CLINIC;
	}

	@PostMapping("/clinics/{clinicId}/grants")
	@PreAuthorize("hasRole('ADMIN')")
	String grant(@PathVariable UUID clinicId, @Valid @ModelAttribute("grant") GrantFormData form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser admin, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				PlanGrant granted = grants.grant(clinicId, form.planId(), form.until(), form.reason(), admin);
				FlashMessage.success(redirect,
						granted.planName() + " is granted through " + granted.lastDay().format(Dates.DAY) + ".");
				return "redirect:/admin/subscriptions/clinics/" + clinicId;
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		showClinic(clinicId, model);
		return CLINIC;
	}

	@PostMapping("/clinics/{clinicId}/grants/{grantId}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	String revoke(@PathVariable UUID clinicId, @PathVariable UUID grantId,
			@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		try {
			PlanGrant revoked = grants.revoke(clinicId, grantId, admin);
			FlashMessage.success(redirect, "The grant of " + revoked.planName() + " is revoked.");
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return "redirect:/admin/subscriptions/clinics/" + clinicId;
	}

	@PostMapping("/clinics/{clinicId}/refunds")
	@PreAuthorize("hasRole('ADMIN')")
	String refund(@PathVariable UUID clinicId, @Valid @ModelAttribute("refund") ChargeRefundFormData form,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser admin, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ChargeRefunds.ChargeRefundView refund = refunds.refundCharge(Objects.requireNonNull(form.chargeId()),
						Objects.requireNonNull(form.amount()), Objects.requireNonNull(form.reason()), admin);
				FlashMessage.success(redirect, "A refund of " + Money.format(refund.amount())
						+ " is on its way to Razorpay; the credit note follows when it is processed.");
				return "redirect:/admin/subscriptions/clinics/" + clinicId;
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		showClinic(clinicId, model);
		return CLINIC;
	}

	private void addSubscribers(SubscriberFilterFormData filter, @Nullable String page, Model model) {
		model.addAttribute("results",
				reports.subscribers(filter.chosenStatus(), PageRequest.of(Pages.number(page), PAGE_SIZE)));
	}

	private void showClinic(UUID clinicId, Model model) {
		model.addAttribute("history", histories.of(clinicId));
		List<SubscriptionCharge> clinicCharges = charges.findByClinicIdOrderByChargedAtDesc(clinicId);
		model.addAttribute("charges", clinicCharges);
		Map<String, String> refundable = new LinkedHashMap<>();
		for (SubscriptionCharge charge : clinicCharges) {
			if (charge.getRefundedAmount().compareTo(charge.getAmount()) < 0) {
				refundable.put(charge.getId().toString(),
						Dates.DAY.format(charge.getChargedAt().atZone(IndianTime.ZONE)) + " · "
								+ Money.format(charge.getAmount()) + " · " + charge.getGatewayPaymentId());
			}
		}
		model.addAttribute("refundableCharges", refundable);
		if (!model.containsAttribute("refund")) {
			model.addAttribute("refund", ChargeRefundFormData.empty());
		}
		if (!model.containsAttribute("grant")) {
			model.addAttribute("grant", GrantFormData.empty());
		}
		Map<String, String> grantable = new LinkedHashMap<>();
		for (Plan plan : catalog.versions()) {
			if (!plan.isFree() && !plan.isRetired()) {
				grantable.put(plan.getId().toString(), plan.getName() + " (v" + plan.getVersion() + ")");
			}
		}
		model.addAttribute("grantablePlans", grantable);
		model.addAttribute("firstGrantDay", IndianTime.today(clock).plusDays(1));
	}

}
