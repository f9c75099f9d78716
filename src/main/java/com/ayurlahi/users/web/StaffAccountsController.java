package com.ayurlahi.users.web;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The admin console's staff accounts: everyone on the platform team, searchable as you
 * type, and a form with which an ADMIN creates SUPPORT users. SUPPORT sees the list but
 * not the form.
 */
@Controller
@RequestMapping("/admin/users")
class StaffAccountsController {

	static final String STAFF_CHANGED = "staffChanged";

	private static final String PAGE = "admin/users";

	private final UserManagement userManagement;

	StaffAccountsController(UserManagement userManagement) {
		this.userManagement = userManagement;
	}

	/** The staff accounts page in the admin console's navigation. */
	@Bean
	static NavigationItem staffAccountsNavigation() {
		return new NavigationItem(Portal.ADMIN, "Staff", "/admin/users", 90);
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("staff", userManagement.staff(q));
		model.addAttribute("supportUser", SupportUserFormData.empty());
		return PAGE;
	}

	@HxRequest
	@GetMapping
	String table(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("staff", userManagement.staff(q));
		return PAGE + " :: staff-table";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("supportUser") SupportUserFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<User> created = errors.hasErrors() ? Optional.empty() : tryCreate(form, errors);
		if (created.isPresent()) {
			FlashMessage.success(redirect, "Support account created for " + created.get().getFullName() + ".");
			return "redirect:/admin/users";
		}
		model.addAttribute("q", "");
		model.addAttribute("staff", userManagement.staff(""));
		return PAGE;
	}

	@HxRequest
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String createFromPage(@Valid @ModelAttribute("supportUser") SupportUserFormData form, BindingResult errors,
			Model model, HtmxResponse htmx) {
		Optional<User> created = errors.hasErrors() ? Optional.empty() : tryCreate(form, errors);
		created.ifPresent(user -> {
			htmx.addTrigger(STAFF_CHANGED);
			model.addAttribute("supportUser", SupportUserFormData.empty());
			model.addAttribute("created", user);
		});
		return PAGE + " :: support-user-form";
	}

	private Optional<User> tryCreate(SupportUserFormData form, BindingResult errors) {
		try {
			return Optional.of(userManagement.createStaffAccount(form.toNewAccount()));
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "email");
		}
		return Optional.empty();
	}

}
