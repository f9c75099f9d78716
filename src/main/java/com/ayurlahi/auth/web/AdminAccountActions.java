package com.ayurlahi.auth.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.ayurlahi.auth.internal.PasswordResets;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.users.AccountSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;

/**
 * An ADMIN's hold on any account from the portal — send a password reset link by email,
 * suspend sign-in (its sessions and tokens end at once), reinstate it — from the staff
 * page and from a clinic's or manufacturer's page (one-button actions: post, redirect
 * back to the page they came from, flash message).
 */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountActions {

	private static final String STAFF_PAGE = "/admin/users";

	/** Where an action may send the admin back to: a page of the admin console. */
	private static final Pattern ADMIN_PAGE = Pattern.compile("/admin(/[A-Za-z0-9_-]+)*");

	private final PasswordResets resets;

	private final AccountSecurity accounts;

	AdminAccountActions(PasswordResets resets, AccountSecurity accounts) {
		this.resets = resets;
		this.accounts = accounts;
	}

	@PostMapping("/password-reset")
	String sendPasswordReset(@PathVariable UUID id, @RequestParam(defaultValue = STAFF_PAGE) String back,
			@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		try {
			User user = resets.sendByAdmin(id, admin,
					ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
			FlashMessage.success(redirect, "A password reset link is on its way to " + user.getEmail() + ".");
		}
		catch (ConflictException | NotFoundException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return redirectTo(back);
	}

	@PostMapping("/suspend")
	String suspend(@PathVariable UUID id, @RequestParam(defaultValue = STAFF_PAGE) String back,
			@AuthenticationPrincipal AuthenticatedUser admin, RedirectAttributes redirect) {
		try {
			User user = accounts.suspend(id, admin);
			FlashMessage.success(redirect,
					user.getEmail() + " can no longer sign in; its sessions and API tokens have ended.");
		}
		catch (InvalidInputException | ConflictException | NotFoundException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return redirectTo(back);
	}

	@PostMapping("/reinstate")
	String reinstate(@PathVariable UUID id, @RequestParam(defaultValue = STAFF_PAGE) String back,
			RedirectAttributes redirect) {
		try {
			User user = accounts.reinstate(id);
			FlashMessage.success(redirect, user.getEmail() + " can sign in again.");
		}
		catch (ConflictException | NotFoundException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return redirectTo(back);
	}

	private static String redirectTo(String back) {
		return "redirect:" + (ADMIN_PAGE.matcher(back).matches() ? back : STAFF_PAGE);
	}

}
