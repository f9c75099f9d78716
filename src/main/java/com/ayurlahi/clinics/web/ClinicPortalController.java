package com.ayurlahi.clinics.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The clinic portal's home (where the profile stands) and the profile form, for
 * onboarding and later changes.
 */
@Controller
class ClinicPortalController {

	private static final String FORM = "clinic/profile";

	private final ClinicManagement clinics;

	private final Clock clock;

	ClinicPortalController(ClinicManagement clinics, Clock clock) {
		this.clinics = clinics;
		this.clock = clock;
	}

	@GetMapping("/clinic")
	String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		clinics.findOwnedBy(user.id()).ifPresent(clinic -> addStanding(clinic, model));
		return "clinic/home";
	}

	@GetMapping("/clinic/profile")
	String form(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		Optional<Clinic> clinic = clinics.findOwnedBy(user.id());
		clinic.ifPresent(existing -> addStanding(existing, model));
		model.addAttribute("profile", clinic.map(ClinicProfileFormData::of).orElseGet(ClinicProfileFormData::empty));
		return FORM;
	}

	@PostMapping("/clinic/profile")
	String save(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("profile") ClinicProfileFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<Clinic> existing = clinics.findOwnedBy(user.id());
		existing.ifPresent(clinic -> addStanding(clinic, model));
		if (errors.hasErrors()) {
			return FORM;
		}
		Clinic saved;
		try {
			saved = existing.isPresent() ? clinics.update(existing.get().getId(), form.toDetails(), user)
					: clinics.register(user, form.toDetails());
		}
		catch (ConflictException conflict) {
			FormErrors.reject(errors, conflict, "name");
			return FORM;
		}
		catch (InvalidInputException invalid) {
			FormErrors.reject(errors, invalid);
			return FORM;
		}
		FlashMessage.success(redirect, existing.isEmpty()
				? "Thank you. Your clinic profile is with the Ayurlahi team for approval; the decision will show here."
				: existing.get().getStatus() == ApprovalStatus.REJECTED
						&& saved.getStatus() == ApprovalStatus.PENDING_APPROVAL
								? "Your corrected profile is back with the Ayurlahi team for approval."
								: "Your clinic profile is saved.");
		return "redirect:/clinic";
	}

	private void addStanding(Clinic clinic, Model model) {
		model.addAttribute("clinic", clinic);
		model.addAttribute("licenceExpired", clinic.isLicenceExpiredOn(IndianTime.today(clock)));
	}

}
