package com.ayurlahi.auth.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.auth.internal.PortalSignIn;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Self-registration of clinic and manufacturer users. A new user is signed in straight
 * away, through the same password check as the login form, and lands on their portal; a
 * signed-in user who opens the page is sent to their portal.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	private static final String FORM = "public/register";

	private final UserManagement userManagement;

	private final AuthenticationManager authenticationManager;

	private final PortalSignIn portalSignIn;

	RegistrationController(UserManagement userManagement, AuthenticationManager authenticationManager,
			PortalSignIn portalSignIn) {
		this.userManagement = userManagement;
		this.authenticationManager = authenticationManager;
		this.portalSignIn = portalSignIn;
	}

	@GetMapping
	String form(@AuthenticationPrincipal @Nullable AuthenticatedUser user, Model model) {
		if (user != null) {
			return "redirect:" + user.role().portal().path();
		}
		model.addAttribute("registration", RegistrationFormData.empty());
		return FORM;
	}

	@PostMapping
	String register(@Valid @ModelAttribute("registration") RegistrationFormData form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return FORM;
		}
		User user;
		try {
			user = userManagement.register(form.toNewAccount());
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "email");
			return FORM;
		}
		UsernamePasswordAuthenticationToken credentials = UsernamePasswordAuthenticationToken
			.unauthenticated(user.getEmail(), form.password());
		credentials.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		portalSignIn.signIn(authenticationManager.authenticate(credentials), request, response);
		FlashMessage.success(redirect, "Welcome to Ayurlahi, " + user.getFullName() + ". Your account is ready.");
		return "redirect:" + user.getRole().portal().path();
	}

}
