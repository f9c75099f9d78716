package com.ayurlahi.auth.web;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.users.AcceptablePassword;

/** Change password: the current one as proof, and the new one. */
record ChangePasswordFormData(@NotBlank(message = "Enter your current password.") @Nullable String currentPassword,
		@AcceptablePassword @Nullable String newPassword) {

	static ChangePasswordFormData empty() {
		return new ChangePasswordFormData(null, null);
	}

}
