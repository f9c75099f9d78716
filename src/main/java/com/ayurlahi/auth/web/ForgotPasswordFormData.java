package com.ayurlahi.auth.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.EmailAddresses;

/**
 * Forgot password: the account's email, and whether the reset goes by email or WhatsApp.
 */
record ForgotPasswordFormData(
		@NotBlank(message = "Enter your email address.") @Email(
				message = "Enter a valid email address, like name@example.com.") @Size(max = EmailAddresses.MAX_LENGTH,
						message = "Use at most 254 characters.") @Nullable String email,
		@NotBlank(message = "Choose how to get your reset.") @Pattern(regexp = "EMAIL|WHATSAPP",
				message = "Choose email or WhatsApp.") @Nullable String channel) {

	ForgotPasswordFormData {
		email = EmailAddresses.normalizeNullable(email);
	}

	static ForgotPasswordFormData empty(String channel) {
		return new ForgotPasswordFormData(null, channel);
	}

}
