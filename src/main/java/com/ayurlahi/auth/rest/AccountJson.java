package com.ayurlahi.auth.rest;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;

/**
 * An account as the API shows it to its owner.
 */
record AccountJson(UUID id, String email, String fullName, @Nullable String phone, Role role, boolean enabled) {

	static AccountJson of(User user) {
		return new AccountJson(user.getId(), user.getEmail(), user.getFullName(), user.getPhone(), user.getRole(),
				user.isEnabled());
	}
}
