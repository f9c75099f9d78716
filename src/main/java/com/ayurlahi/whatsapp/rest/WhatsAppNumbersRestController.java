package com.ayurlahi.whatsapp.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.WhatsAppNumbers;
import com.ayurlahi.whatsapp.WhatsAppNumbers.NumberStatus;

/**
 * {@code /api/clinics/me/whatsapp} (CLINIC) and {@code /api/manufacturers/me/whatsapp}
 * (MANUFACTURER): the caller's WhatsApp number. {@code POST {phone}} sends a six-digit
 * code to it over WhatsApp (202); {@code POST …/verify {code}} verifies it; {@code GET}
 * says where it stands. A wrong code is 400 naming {@code code} with the tries left.
 */
@RestController
class WhatsAppNumbersRestController {

	private final WhatsAppNumbers numbers;

	WhatsAppNumbersRestController(WhatsAppNumbers numbers) {
		this.numbers = numbers;
	}

	record PhoneRequest(@NotBlank @Size(max = 20) String phone) {
	}

	record CodeRequest(
			@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be the six digits sent to you") String code) {
	}

	/** A number as the API shows it; {@code phone} in E.164 ({@code +919847012345}). */
	record NumberJson(String phone, boolean verified, @Nullable Instant verifiedAt, boolean codePending,
			@Nullable Instant codeExpiresAt, int triesLeft) {

		static NumberJson of(NumberStatus status) {
			return new NumberJson("+" + status.phone(),
					status.verified() && status.phone().equals(status.verifiedPhone()), status.verifiedAt(),
					status.codePending(), status.codeExpiresAt(), status.triesLeft());
		}

	}

	@ApiResponse(responseCode = "200", description = "The account's WhatsApp number and whether it is verified",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No WhatsApp number is saved for this account")
	@GetMapping("/api/clinics/me/whatsapp")
	@PreAuthorize("hasRole('CLINIC')")
	NumberJson clinicNumber(@AuthenticationPrincipal AuthenticatedUser user) {
		return number(user);
	}

	@ApiResponse(responseCode = "200", description = "The account's WhatsApp number and whether it is verified",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No WhatsApp number is saved for this account")
	@GetMapping("/api/manufacturers/me/whatsapp")
	@PreAuthorize("hasRole('MANUFACTURER')")
	NumberJson manufacturerNumber(@AuthenticationPrincipal AuthenticatedUser user) {
		return number(user);
	}

	private NumberJson number(AuthenticatedUser user) {
		return numbers.of(user)
			.map(NumberJson::of)
			.orElseThrow(() -> new NotFoundException("No WhatsApp number is saved for this account."));
	}

	@PostMapping("/api/clinics/me/whatsapp")
	@PreAuthorize("hasRole('CLINIC')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	NumberJson clinicSendCode(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody PhoneRequest request) {
		return sendCode(user, request);
	}

	@PostMapping("/api/manufacturers/me/whatsapp")
	@PreAuthorize("hasRole('MANUFACTURER')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	NumberJson manufacturerSendCode(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody PhoneRequest request) {
		return sendCode(user, request);
	}

	@PostMapping("/api/clinics/me/whatsapp/verify")
	@PreAuthorize("hasRole('CLINIC')")
	NumberJson clinicVerify(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody CodeRequest request) {
		return NumberJson.of(numbers.verify(user, request.code()));
	}

	@PostMapping("/api/manufacturers/me/whatsapp/verify")
	@PreAuthorize("hasRole('MANUFACTURER')")
	NumberJson manufacturerVerify(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody CodeRequest request) {
		return NumberJson.of(numbers.verify(user, request.code()));
	}

	private NumberJson sendCode(AuthenticatedUser user, PhoneRequest request) {
		numbers.sendCode(user, request.phone());
		return NumberJson.of(numbers.of(user).orElseThrow());
	}

}
