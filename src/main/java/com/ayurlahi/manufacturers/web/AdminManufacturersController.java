package com.ayurlahi.manufacturers.web;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.ProfileQueue;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's manufacturers: a queue like the clinics', a detail page, the
 * decisions and the commercial terms (commission rate, Razorpay linked account), which
 * only an ADMIN may change.
 */
@Controller
@RequestMapping("/admin/manufacturers")
class AdminManufacturersController {

	private static final ProfileQueue QUEUE = new ProfileQueue("/admin/manufacturers", "Manufacturers", "manufacturer");

	private final ManufacturerManagement manufacturers;

	AdminManufacturersController(ManufacturerManagement manufacturers) {
		this.manufacturers = manufacturers;
	}

	@Bean
	static NavigationItem manufacturersNavigation() {
		return new NavigationItem(Portal.ADMIN, "Manufacturers", "/admin/manufacturers", 20);
	}

	@GetMapping
	String queue(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addQueue(ProfileQueue.Filter.of(status, state, q, page), model);
		return "admin/profiles";
	}

	@HxRequest
	@GetMapping
	String queueResults(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		addQueue(ProfileQueue.Filter.of(status, state, q, page), model);
		return "admin/profiles :: profile-results";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin, Model model) {
		Manufacturer manufacturer = manufacturers.get(id, admin);
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("commissionRate", manufacturer.getCommissionRate().toPlainString());
		model.addAttribute("razorpayAccountId", manufacturer.getRazorpayAccountId());
		return "admin/manufacturer";
	}

	@PostMapping("/{id}/terms")
	@PreAuthorize("hasRole('ADMIN')")
	String setTerms(@PathVariable UUID id, @RequestParam(defaultValue = "") String commissionRate,
			@RequestParam(required = false) @Nullable String razorpayAccountId,
			@AuthenticationPrincipal AuthenticatedUser admin, Model model, RedirectAttributes redirect) {
		try {
			Manufacturer manufacturer = manufacturers.setTerms(id,
					new ManufacturerTerms(rate(commissionRate), razorpayAccountId), admin);
			FlashMessage.success(redirect,
					"Terms saved: " + manufacturer.getCommissionRate().toPlainString() + "% commission"
							+ (manufacturer.getRazorpayAccountId() == null ? "."
									: ", transfers to " + manufacturer.getRazorpayAccountId() + "."));
			return "redirect:/admin/manufacturers/" + id;
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("manufacturer", manufacturers.get(id, admin));
			model.addAttribute("commissionRate", commissionRate);
			model.addAttribute("razorpayAccountId", razorpayAccountId);
			model.addAttribute("termsErrorField", invalid.field());
			model.addAttribute("termsError", invalid.getMessage());
			return "admin/manufacturer";
		}
	}

	@PostMapping("/{id}/{decision}")
	@PreAuthorize("hasRole('ADMIN')")
	String decide(@PathVariable UUID id, @PathVariable String decision,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal AuthenticatedUser admin,
			Model model, RedirectAttributes redirect) {
		try {
			Manufacturer manufacturer = switch (decision) {
				case "approve" -> manufacturers.approve(id, admin);
				case "reject" -> manufacturers.reject(id, reason, admin);
				case "suspend" -> manufacturers.suspend(id, reason, admin);
				case "reinstate" -> manufacturers.reinstate(id, reason, admin);
				default -> throw new NotFoundException("There is no such decision.");
			};
			FlashMessage.success(redirect,
					manufacturer.getCompanyName() + " is now " + manufacturer.getStatus().label().toLowerCase() + ".");
			return "redirect:/admin/manufacturers/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			Manufacturer manufacturer = manufacturers.get(id, admin);
			model.addAttribute("manufacturer", manufacturer);
			model.addAttribute("commissionRate", manufacturer.getCommissionRate().toPlainString());
			model.addAttribute("razorpayAccountId", manufacturer.getRazorpayAccountId());
			model.addAttribute("failedDecision", decision);
			model.addAttribute("decisionError", refused.getMessage());
			model.addAttribute("reason", reason);
			return "admin/manufacturer";
		}
	}

	private void addQueue(ProfileQueue.Filter filter, Model model) {
		QUEUE.show(filter, manufacturers.search(filter.status(), filter.state(), filter.search(), filter.page()),
				model);
	}

	private static BigDecimal rate(String typed) {
		try {
			return new BigDecimal(typed.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("commissionRate", "Enter a percentage from 0 to 100, like 10 or 12.50.");
		}
	}

}
