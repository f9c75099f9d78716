package com.ayurlahi.users.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
 * An admin's form for a new SUPPORT account. The admin chooses the first password and
 * hands it over; the phone number is optional for staff.
 */
record SupportUserFormData(
		@NotBlank(message = "Enter the email address.") @Email(
				message = "Enter a valid email address, like name@example.com.") @Size(max = EmailAddresses.MAX_LENGTH,
						message = "Use at most 254 characters.") @Nullable String email,

		@NotBlank(message = "Enter the full name.") @Size(max = 120,
				message = "Use at most 120 characters.") @PlainText @Nullable String fullName,

		@IndianMobileNumber @Nullable String phone,

		@AcceptablePassword @Nullable String password) {

	SupportUserFormData {
		email = EmailAddresses.normalizeNullable(email);
		phone = IndianMobileNumbers.normalize(phone);
	}

	static SupportUserFormData empty() {
		return new SupportUserFormData(null, null, null, null);
	}

	NewAccount toNewAccount() {
		return new NewAccount(String.valueOf(email), String.valueOf(password), String.valueOf(fullName), phone,
				Role.SUPPORT);
	}
}
