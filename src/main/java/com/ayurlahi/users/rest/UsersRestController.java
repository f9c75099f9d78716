package com.ayurlahi.users.rest;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.ProfileDirectory;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The caller's own account over JSON.
 */
@RestController
class UsersRestController {

	private final UserManagement userManagement;

	private final List<ProfileDirectory> profiles;

	UsersRestController(UserManagement userManagement, List<ProfileDirectory> profiles) {
		this.userManagement = userManagement;
		this.profiles = profiles;
	}

	@GetMapping("/api/users/me")
	Me me(@AuthenticationPrincipal AuthenticatedUser principal) {
		User user = userManagement.findById(principal.id())
			.orElseThrow(() -> new NotFoundException("Your account no longer exists."));
		return new Me(user.getId(), user.getEmail(), user.getFullName(), user.getPhone(), user.getRole(),
				profileOf(user, Role.CLINIC), profileOf(user, Role.MANUFACTURER));
	}

	private @Nullable UUID profileOf(User user, Role role) {
		return user.getRole() != role ? null
				: profiles.stream()
					.filter(directory -> directory.ownerRole() == role)
					.flatMap(directory -> directory.profileOf(user.getId()).stream())
					.findFirst()
					.orElse(null);
	}

	/**
	 * The caller's account; {@code clinicId} or {@code manufacturerId} name the profile
	 * the user runs, and are null until one has been created.
	 */
	record Me(UUID id, String email, String fullName, @Nullable String phone, Role role, @Nullable UUID clinicId,
			@Nullable UUID manufacturerId) {
	}

}
