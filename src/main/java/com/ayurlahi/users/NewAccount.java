package com.ayurlahi.users;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumbers;

/**
 * What it takes to open an account. Email and phone are normalised here, whatever form
 * they were typed in.
 */
public record NewAccount(String email, String password, String fullName, @Nullable String phone, Role role) {

	public NewAccount {
		email = EmailAddresses.normalize(email);
		fullName = fullName.strip();
		phone = phone == null || phone.isBlank() ? null : IndianMobileNumbers.normalize(phone);
	}
}
