package com.ayurlahi.auth.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.auth.AccountLockedException;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.auth.internal.JwtTokens.IssuedToken;
import com.ayurlahi.common.web.Problems;
import com.ayurlahi.users.AcceptablePassword;
import com.ayurlahi.users.AccountSecurity;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Registration of clinic and manufacturer users, and the exchange of an email and
 * password for a bearer token. Wrong credentials are 401 and count towards the lock-out
 * exactly like the portal's login form; a locked account is 423 with {@code Retry-After}.
 */
@RestController
class AuthRestController {

	private final UserManagement userManagement;

	private final AuthenticationManager authenticationManager;

	private final JwtTokens tokens;

	private final Clock clock;

	private final AccountSecurity accounts;

	AuthRestController(UserManagement userManagement, AuthenticationManager authenticationManager, JwtTokens tokens,
			Clock clock, AccountSecurity accounts) {
		this.accounts = accounts;
		this.userManagement = userManagement;
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
		this.clock = clock;
	}

	@ApiResponse(responseCode = "201", description = "The account, registered", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "An account with this email exists")
	@PostMapping("/api/auth/register")
	ResponseEntity<AccountJson> register(@Valid @RequestBody RegistrationRequest request) {
		User user = userManagement.register(request.toNewAccount());
		return ResponseEntity.created(URI.create("/api/users/me")).body(AccountJson.of(user));
	}

	@ApiResponse(responseCode = "200", description = "The bearer token and who it is for", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401", description = "Wrong email or password")
	@ApiResponse(responseCode = "423",
			description = "Locked after too many failed logins; `Retry-After` says for how long")
	@PostMapping("/api/auth/login")
	LoginResponse login(@Valid @RequestBody LoginRequest login, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(login.email(),
				login.password());
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		AuthenticatedUser user = (AuthenticatedUser) authenticationManager.authenticate(attempt).getPrincipal();
		IssuedToken token = tokens.issue(user);
		return new LoginResponse(token.value(), "Bearer", token.expiresIn().toSeconds(),
				new LoginResponse.User(user.id(), user.email(), user.fullName(), user.role()));
	}

	/**
	 * The caller's new password, with the current one as proof. The token used here stops
	 * working too (as do all the account's tokens and its portal sessions): sign in
	 * again.
	 */
	@ApiResponse(responseCode = "204",
			description = "Changed: every token and session of the account ends, sign in again")
	@PostMapping("/api/auth/change-password")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeRequest change,
			@AuthenticationPrincipal AuthenticatedUser user) {
		accounts.changePassword(user, String.valueOf(change.currentPassword()), String.valueOf(change.newPassword()));
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> locked(AccountLockedException locked) {
		long minutes = locked.minutesLeft(clock.instant());
		return ResponseEntity.status(HttpStatus.LOCKED)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(minutes * 60))
			.body(Problems.of(HttpStatus.LOCKED, "Too many failed logins: the account is locked for " + minutes
					+ (minutes == 1 ? " more minute." : " more minutes.")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(AuthenticationException refused) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Wrong email or password."));
	}

	record PasswordChangeRequest(@NotBlank(message = "is required") @Nullable String currentPassword,
			@AcceptablePassword @Nullable String newPassword) {
	}

	record LoginRequest(@NotBlank(message = "is required") @Nullable String email,
			@NotBlank(message = "is required") @Nullable String password) {
	}

	/**
	 * @param expiresIn seconds until the token expires
	 */
	record LoginResponse(String accessToken, String tokenType, long expiresIn, User user) {

		record User(UUID id, String email, String fullName, Role role) {
		}
	}

}
