package com.ayurlahi.auth.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.users.AcceptablePassword;

/** A new password set with the six-digit code sent by WhatsApp. */
record ResetWithCodeFormData(
		@NotBlank(message = "Enter your email address.") @Email(
				message = "Enter a valid email address, like name@example.com.") @Size(max = EmailAddresses.MAX_LENGTH,
						message = "Use at most 254 characters.") @Nullable String email,
		@NotBlank(message = "Enter the code from WhatsApp.") @Pattern(regexp = "\\s*\\d{6}\\s*",
				message = "The code is six digits.") @Nullable String code,
		@AcceptablePassword @Nullable String newPassword) {

	ResetWithCodeFormData {
		email = EmailAddresses.normalizeNullable(email);
	}

}
