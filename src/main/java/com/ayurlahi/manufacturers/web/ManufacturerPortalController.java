package com.ayurlahi.manufacturers.web;

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

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The manufacturer portal's home (where the profile stands) and the profile form.
 */
@Controller
class ManufacturerPortalController {

	private static final String FORM = "manufacturer/profile";

	private final ManufacturerManagement manufacturers;

	private final Clock clock;

	ManufacturerPortalController(ManufacturerManagement manufacturers, Clock clock) {
		this.manufacturers = manufacturers;
		this.clock = clock;
	}

	@GetMapping("/manufacturer")
	String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		manufacturers.findOwnedBy(user.id()).ifPresent(manufacturer -> addStanding(manufacturer, model));
		return "manufacturer/home";
	}

	@GetMapping("/manufacturer/profile")
	String form(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		Optional<Manufacturer> manufacturer = manufacturers.findOwnedBy(user.id());
		manufacturer.ifPresent(existing -> addStanding(existing, model));
		model.addAttribute("profile",
				manufacturer.map(ManufacturerProfileFormData::of).orElseGet(ManufacturerProfileFormData::empty));
		return FORM;
	}

	@PostMapping("/manufacturer/profile")
	String save(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("profile") ManufacturerProfileFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<Manufacturer> existing = manufacturers.findOwnedBy(user.id());
		existing.ifPresent(manufacturer -> addStanding(manufacturer, model));
		boolean accountOnFile = existing.isPresent() && existing.get().getSettlement() != null;
		if (!accountOnFile && form.accountNumber() == null && !errors.hasFieldErrors("accountNumber")) {
			errors.rejectValue("accountNumber", "required", "Enter the account number settlements are paid into.");
		}
		if (errors.hasErrors()) {
			return FORM;
		}
		Manufacturer saved;
		try {
			saved = existing.isPresent() ? manufacturers.update(existing.get().getId(), form.toDetails(), null, user)
					: manufacturers.register(user, form.toDetails());
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
				? "Thank you. Your company profile is with the Ayurlahi team for approval; the decision will show here."
				: existing.get().getStatus() == ApprovalStatus.REJECTED
						&& saved.getStatus() == ApprovalStatus.PENDING_APPROVAL
								? "Your corrected profile is back with the Ayurlahi team for approval."
								: "Your company profile is saved.");
		return "redirect:/manufacturer";
	}

	private void addStanding(Manufacturer manufacturer, Model model) {
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("licenceExpired", manufacturer.isLicenceExpiredOn(IndianTime.today(clock)));
	}

}
