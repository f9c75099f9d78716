package com.ayurlahi.auth.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumber;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.users.AcceptablePassword;
import com.ayurlahi.users.NewAccount;
import com.ayurlahi.users.Role;

/**
 * The registration form. Clinic and manufacturer users only; staff accounts are never
 * self-registered.
 */
record RegistrationFormData(
		@NotBlank(message = "Enter your email address.") @Email(
				message = "Enter a valid email address, like name@example.com.") @Size(max = EmailAddresses.MAX_LENGTH,
						message = "Use at most 254 characters.") @Nullable String email,

		@AcceptablePassword @Nullable String password,

		@NotBlank(message = "Enter your full name.") @Size(max = 120,
				message = "Use at most 120 characters.") @PlainText @Nullable String fullName,

		@NotBlank(message = "Enter your mobile number.") @IndianMobileNumber @Nullable String phone,

		@NotBlank(message = "Choose whether you register a clinic or a manufacturer.") @Pattern(
				regexp = "CLINIC|MANUFACTURER", message = "Choose clinic or manufacturer.") @Nullable String role) {

	RegistrationFormData {
		email = EmailAddresses.normalizeNullable(email);
		phone = IndianMobileNumbers.normalize(phone);
	}

	static RegistrationFormData empty() {
		return new RegistrationFormData(null, null, null, null, null);
	}

	NewAccount toNewAccount() {
		return new NewAccount(String.valueOf(email), String.valueOf(password), String.valueOf(fullName), phone,
				Role.valueOf(String.valueOf(role)));
	}
}
