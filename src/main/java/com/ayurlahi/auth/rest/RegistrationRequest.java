package com.ayurlahi.auth.rest;

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
 * {@code POST /api/auth/register}: a clinic or manufacturer user.
 */
record RegistrationRequest(
		@NotBlank(message = "is required") @Email(message = "must be a valid email address") @Size(
				max = EmailAddresses.MAX_LENGTH, message = "must be at most 254 characters") @Nullable String email,

		@AcceptablePassword @Nullable String password,

		@NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") @PlainText(
				message = "must be a single line without control characters") @Nullable String fullName,

		@NotBlank(message = "is required") @IndianMobileNumber(
				message = "must be an Indian mobile number: +91 and 10 digits starting with 6-9") @Nullable String phone,

		@NotBlank(message = "is required") @Pattern(regexp = "CLINIC|MANUFACTURER",
				message = "must be CLINIC or MANUFACTURER") @Nullable String role) {

	RegistrationRequest {
		email = EmailAddresses.normalizeNullable(email);
		phone = IndianMobileNumbers.normalize(phone);
	}

	NewAccount toNewAccount() {
		return new NewAccount(String.valueOf(email), String.valueOf(password), String.valueOf(fullName), phone,
				Role.valueOf(String.valueOf(role)));
	}
}
