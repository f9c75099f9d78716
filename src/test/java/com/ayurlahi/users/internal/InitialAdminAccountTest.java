package com.ayurlahi.users.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

class InitialAdminAccountTest {

	private final UserManagement users = mock(UserManagement.class);

	@Test
	void withoutAnAdminAndWithoutSettingsTheApplicationDoesNotStart() {
		InitialAdminAccount initialAdmin = new InitialAdminAccount(users,
				new InitialAdminAccount.Settings("", "", "Admin"));

		assertThatThrownBy(() -> initialAdmin.run(new DefaultApplicationArguments()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage(
					"No ADMIN account exists yet. Set ADMIN_EMAIL and ADMIN_PASSWORD so that the first one is created at start-up.");
	}

	@Test
	void aRefusedPasswordIsNamedAfterItsVariable() {
		when(users.createStaffAccount(any()))
			.thenThrow(new InvalidInputException("password", "Use at least 8 characters."));
		InitialAdminAccount initialAdmin = new InitialAdminAccount(users,
				new InitialAdminAccount.Settings("ops@ayurlahi.in", "short", "Admin"));

		assertThatThrownBy(() -> initialAdmin.run(new DefaultApplicationArguments()))
			.hasMessage("ADMIN_PASSWORD is not acceptable: Use at least 8 characters.");
	}

	@Test
	void anExistingAdminIsLeftAlone() {
		when(users.anyAccountWithRole(Role.ADMIN)).thenReturn(true);

		new InitialAdminAccount(users, new InitialAdminAccount.Settings("", "", "Admin"))
			.run(new DefaultApplicationArguments());

		verify(users, never()).createStaffAccount(any());
	}

}
