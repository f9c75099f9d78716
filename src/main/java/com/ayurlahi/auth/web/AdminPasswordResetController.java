package com.ayurlahi.auth.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.ayurlahi.auth.internal.PasswordResets;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;

/**
 * An ADMIN sends any user a password reset link by email, from the staff accounts page (a
 * one-button action: post, redirect, flash message).
 */
@Controller
class AdminPasswordResetController {

	private final PasswordResets resets;

	AdminPasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@PostMapping("/admin/users/{id}/password-reset")
	@PreAuthorize("hasRole('ADMIN')")
	String send(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		try {
			User user = resets.sendByAdmin(id, admin,
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			FlashMessage.success(redirect, "A password reset link is on its way to " + user.getEmail() + ".");
		}
		catch (ConflictException | NotFoundException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return "redirect:/admin/users";
	}

}
