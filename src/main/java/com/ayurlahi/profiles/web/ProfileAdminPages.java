package com.ayurlahi.profiles.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ProfileOnboarding;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's pages of one kind of profile, the same for every kind: a queue
 * filtered by status (pending first), state and a search over name and GSTIN; a detail
 * page; and the decisions, which only an ADMIN may take. Each kind's admin controller
 * extends it under its path ({@code /admin/clinics}). Its handler methods are public so
 * that the proxy of a kind's controller (method security) reaches them from another
 * package.
 *
 * @param <P> the kind's profile
 */
public abstract class ProfileAdminPages<P extends BusinessProfile> {

	static final String QUEUE = "profiles/queue";

	protected static final String DETAIL = "profiles/detail";

	private final ProfileOnboarding<P, ?> profiles;

	private final ProfilePages pages;

	private final UserManagement users;

	protected ProfileAdminPages(ProfileOnboarding<P, ?> profiles, ProfilePages pages, UserManagement users) {
		this.profiles = profiles;
		this.pages = pages;
		this.users = users;
	}

	/** Adds what the kind's own parts of the detail page show. */
	protected void addOwnDetail(P profile, Model model) {
	}

	@GetMapping
	public String queue(@ModelAttribute("filter") ProfileQueueFilter filter, Model model) {
		addQueue(filter, model);
		return QUEUE;
	}

	@HxRequest
	@GetMapping
	public String queueResults(@ModelAttribute("filter") ProfileQueueFilter filter, Model model) {
		addQueue(filter, model);
		return QUEUE + " :: results";
	}

	@GetMapping("/{id}")
	public String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin, Model model) {
		showDetail(profiles.get(id, admin), model);
		return DETAIL;
	}

	@PostMapping("/{id}/{decision}")
	@PreAuthorize("hasRole('ADMIN')")
	public String decide(@PathVariable UUID id, @ModelAttribute("decision") DecisionFormData decision,
			BindingResult errors, @AuthenticationPrincipal AuthenticatedUser admin, Model model,
			RedirectAttributes redirect) {
		try {
			P profile = switch (String.valueOf(decision.decision())) {
				case "approve" -> profiles.approve(id, admin);
				case "reject" -> profiles.reject(id, decision.reason(), admin);
				case "suspend" -> profiles.suspend(id, decision.reason(), admin);
				case "reinstate" -> profiles.reinstate(id, decision.reason(), admin);
				default -> throw new NotFoundException("There is no such decision.");
			};
			FlashMessage.success(redirect,
					profile.getName() + " is now " + profile.getStatus().label().toLowerCase() + ".");
			return "redirect:" + pages.adminPath() + "/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused);
		}
		showDetail(profiles.get(id, admin), model);
		return DETAIL;
	}

	/**
	 * Shows {@code profile}'s detail page; a kind's own actions show it again after a
	 * refusal.
	 */
	protected final void showDetail(P profile, Model model) {
		model.addAttribute("pages", pages);
		model.addAttribute("business", profile);
		users.findById(profile.getOwnerUserId()).ifPresent(owner -> model.addAttribute("owner", owner));
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionFormData.none());
		}
		addOwnDetail(profile, model);
	}

	private void addQueue(ProfileQueueFilter filter, Model model) {
		model.addAttribute("pages", pages);
		model.addAttribute("results",
				profiles.search(filter.approvalStatus(), filter.indianState(), filter.q(), filter.pageable()));
		model.addAttribute("states", IndianState.values());
		model.addAttribute("statuses", ApprovalStatus.values());
	}

}
