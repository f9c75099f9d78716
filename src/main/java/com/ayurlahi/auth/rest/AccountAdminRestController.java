package com.ayurlahi.auth.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.ayurlahi.auth.internal.PasswordResets;
import com.ayurlahi.users.AccountSecurity;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * An ADMIN's hold on any account over JSON: send a password reset link, suspend (its
 * tokens and sessions end at once), reinstate.
 */
@RestController
@RequestMapping("/api/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminRestController {

	private final PasswordResets resets;

	private final AccountSecurity accounts;

	AccountAdminRestController(PasswordResets resets, AccountSecurity accounts) {
		this.resets = resets;
		this.accounts = accounts;
	}

	@ApiResponse(responseCode = "202", description = "A reset link is on its way to the account's email")
	@PostMapping("/password-reset")
	ResponseEntity<Void> sendPasswordReset(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin) {
		resets.sendByAdmin(id, admin, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/suspend")
	AccountJson suspend(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser admin) {
		return AccountJson.of(accounts.suspend(id, admin));
	}

	@PostMapping("/reinstate")
	AccountJson reinstate(@PathVariable UUID id) {
		return AccountJson.of(accounts.reinstate(id));
	}

}
