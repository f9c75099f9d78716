package com.ayurlahi.auth.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.users.AccountSecurity;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Change password, for a signed-in user of any portal (the link in the user's menu): the
 * current password as proof, the new one under the registration's rules. The user stays
 * signed in here; their other sessions end and their API tokens stop working.
 */
@Controller
@RequestMapping("/account/password")
class ChangePasswordController {

	private static final String FORM = "account/password";

	private final AccountSecurity accounts;

	ChangePasswordController(AccountSecurity accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("passwordChange") ChangePasswordFormData form) {
		return FORM;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("passwordChange") ChangePasswordFormData form, BindingResult errors,
			@AuthenticationPrincipal AuthenticatedUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			accounts.changePassword(user, String.valueOf(form.currentPassword()), String.valueOf(form.newPassword()));
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(errors, refused, "newPassword");
			return FORM;
		}
		FlashMessage.success(redirect, "Your password is changed. Your other sessions have been signed out and "
				+ "your API tokens no longer work.");
		return "redirect:" + user.role().portal().path();
	}

}
