package com.ayurlahi.subscriptions.web.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.PlanCatalog;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The plan catalogue's pages: every version with its price and features, a new plan, a
 * new version of a plan (its form filled in with the version it starts from), and
 * retiring a version after a confirmation. ADMIN and SUPPORT read the list; only an ADMIN
 * opens the forms and changes the catalogue.
 */
@Controller
@RequestMapping("/admin/subscriptions/plans")
class AdminPlansController {

	private static final String PLANS = "admin/subscriptions/plans";

	private static final String VERSION = "admin/subscriptions/plan-version";

	private static final String REDIRECT = "redirect:/admin/subscriptions/plans";

	private static final Map<String, String> YES_NO = yesNo();

	private final PlanCatalog catalog;

	private final SubscriptionSettings settings;

	AdminPlansController(PlanCatalog catalog, SubscriptionSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
	}

	@GetMapping
	String plans(Model model) {
		showPlans(model);
		return PLANS;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("plan") PlanFormData form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser admin, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Plan plan = catalog.create(Objects.requireNonNullElse(form.code(), ""), form.toTerms(), admin);
				FlashMessage.success(redirect,
						plan.getName() + " (" + plan.getCode() + ", version 1) is created and offered to clinics.");
				return REDIRECT;
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		showPlans(model);
		return PLANS;
	}

	@GetMapping("/{planId}/new-version")
	@PreAuthorize("hasRole('ADMIN')")
	String versionForm(@PathVariable UUID planId, Model model) {
		Plan base = catalog.get(planId);
		model.addAttribute("version", PlanFormData.of(base));
		showVersion(base, model);
		return VERSION;
	}

	@PostMapping("/{planId}/new-version")
	@PreAuthorize("hasRole('ADMIN')")
	String newVersion(@PathVariable UUID planId, @Valid @ModelAttribute("version") PlanFormData form,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser admin, Model model,
			RedirectAttributes redirect) {
		Plan base = catalog.get(planId);
		if (!errors.hasErrors()) {
			try {
				Plan plan = catalog.newVersion(planId, form.toTerms(), admin);
				FlashMessage.success(redirect, plan.getName() + " version " + plan.getVersion()
						+ " is offered to clinics from now on; clinics on an earlier version keep theirs.");
				return REDIRECT;
			}
			catch (InvalidInputException | ConflictException refused) {
				FormErrors.reject(errors, refused);
			}
		}
		showVersion(base, model);
		return VERSION;
	}

	@GetMapping("/{planId}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	String retireConfirmation(@PathVariable UUID planId, Model model) {
		model.addAttribute("plan", catalog.get(planId));
		return "admin/subscriptions/plan-retire";
	}

	@PostMapping("/{planId}/retire")
	@PreAuthorize("hasRole('ADMIN')")
	String retire(@PathVariable UUID planId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		try {
			Plan plan = catalog.retire(planId, admin);
			FlashMessage.success(redirect, plan.getName() + " version " + plan.getVersion()
					+ " is retired: no new subscribers; clinics on it keep it.");
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return REDIRECT;
	}

	private static Map<String, String> yesNo() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("true", "Yes");
		choices.put("false", "No");
		return Collections.unmodifiableMap(choices);
	}

	private void showPlans(Model model) {
		List<Plan> plans = catalog.versions();
		model.addAttribute("plans", plans);
		model.addAttribute("withGst",
				plans.stream()
					.collect(Collectors.toMap(Plan::getId,
							plan -> GstCalculator
								.line(plan.getMonthlyPrice(), 1, settings.gstRate(), TaxType.INTER_STATE)
								.total())));
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", PlanFormData.empty());
		}
		addChoices(model);
	}

	private void showVersion(Plan base, Model model) {
		model.addAttribute("base", base);
		addChoices(model);
	}

	private void addChoices(Model model) {
		model.addAttribute("yesNo", YES_NO);
		model.addAttribute("gstRate", settings.gstRate().stripTrailingZeros().toPlainString());
	}

}
