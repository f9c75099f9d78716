package com.ayurlahi.clinics.web;

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

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.ProfileQueue;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's clinics: a queue filtered by status (pending first), state and a
 * search over legal name and GSTIN, a detail page, and the decisions, which only an ADMIN
 * may take.
 */
@Controller
@RequestMapping("/admin/clinics")
class AdminClinicsController {

	private static final ProfileQueue QUEUE = new ProfileQueue("/admin/clinics", "Clinics", "clinic");

	private final ClinicManagement clinics;

	AdminClinicsController(ClinicManagement clinics) {
		this.clinics = clinics;
	}

	@Bean
	static NavigationItem clinicsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Clinics", "/admin/clinics", 10);
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
		model.addAttribute("clinic", clinics.get(id, admin));
		return "admin/clinic";
	}

	@PostMapping("/{id}/{decision}")
	@PreAuthorize("hasRole('ADMIN')")
	String decide(@PathVariable UUID id, @PathVariable String decision,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal AuthenticatedUser admin,
			Model model, RedirectAttributes redirect) {
		try {
			Clinic clinic = switch (decision) {
				case "approve" -> clinics.approve(id, admin);
				case "reject" -> clinics.reject(id, reason, admin);
				case "suspend" -> clinics.suspend(id, reason, admin);
				case "reinstate" -> clinics.reinstate(id, reason, admin);
				default -> throw new NotFoundException("There is no such decision.");
			};
			FlashMessage.success(redirect,
					clinic.getLegalName() + " is now " + clinic.getStatus().label().toLowerCase() + ".");
			return "redirect:/admin/clinics/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			model.addAttribute("clinic", clinics.get(id, admin));
			model.addAttribute("failedDecision", decision);
			model.addAttribute("decisionError", refused.getMessage());
			model.addAttribute("reason", reason);
			return "admin/clinic";
		}
	}

	private void addQueue(ProfileQueue.Filter filter, Model model) {
		QUEUE.show(filter, clinics.search(filter.status(), filter.state(), filter.search(), filter.page()), model);
	}

}
