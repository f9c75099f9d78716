package com.ayurlahi.auth.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.users.AcceptablePassword;

/** A new password set with a reset link's token. */
record ResetPasswordFormData(@NotBlank @Size(max = 100) @Nullable String token,
		@AcceptablePassword @Nullable String newPassword) {
}
