package com.ayurlahi.test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.NewAccount;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Fresh accounts for tests: each call a new, unique email and mobile number, so tests
 * never share a user.
 */
public final class Accounts {

	/** A password the policy accepts. */
	public static final String PASSWORD = "neem leaves at dawn";

	private Accounts() {
	}

	public static NewAccount newAccount(Role role) {
		String name = role.name().toLowerCase();
		return new NewAccount(uniqueEmail(name), PASSWORD, "Test " + role.label(), uniqueMobile(), role);
	}

	public static User create(UserManagement users, Role role) {
		NewAccount account = newAccount(role);
		return role.isStaff() ? users.createStaffAccount(account) : users.register(account);
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@test.ayurlahi.in";
	}

	public static String uniqueMobile() {
		return "+919" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
	}

	/** The principal a signed-in {@code user} has, for MockMvc's {@code user(...)}. */
	public static AuthenticatedUser principal(User user) {
		return AuthenticatedUser.actingAs(user);
	}

	/** A MockMvc request signed in to the portals as {@code user}. */
	public static RequestPostProcessor login(User user) {
		return SecurityMockMvcRequestPostProcessors.user(principal(user));
	}

}
