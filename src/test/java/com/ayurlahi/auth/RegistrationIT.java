package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class RegistrationIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Test
	void aNewClinicUserIsSignedInAndLandsOnTheClinicPortal() {
		String email = Accounts.uniqueEmail("register");

		MvcTestResult registered = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "CLINIC")
			.param("fullName", "Dr. Anitha Raj")
			.param("email", email)
			.param("phone", "+91 94470 11223")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(registered).hasRedirectedUrl("/clinic");
		assertThat(registered).flash().containsKey("flash");
		MvcTestResult home = mvc.get()
			.uri("/clinic")
			.cookie(registered.getResponse().getCookie("JSESSIONID"))
			.exchange();
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText().contains("Dr. Anitha Raj");
		assertThat(users.exists(email)).isTrue();
	}

	@Test
	void aNewManufacturerUserLandsOnTheManufacturerPortal() {
		MvcTestResult registered = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "MANUFACTURER")
			.param("fullName", "Kottakkal Herbals")
			.param("email", Accounts.uniqueEmail("maker"))
			.param("phone", "9847012345")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(registered).hasRedirectedUrl("/manufacturer");
	}

	@Test
	void everyBadFieldIsNamedNextToItAndNothingIsSaved() {
		String email = "not an email";

		MvcTestResult form = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("fullName", "")
			.param("email", email)
			.param("phone", "12345")
			.param("password", "short")
			.exchange();

		assertThat(form).hasStatusOk();
		assertThat(form).model()
			.extractingBindingResult("registration")
			.hasFieldErrors("role", "fullName", "email", "phone", "password");
		assertThat(form).bodyText()
			.contains("Enter your full name.", "Enter a valid email address", "Enter an Indian mobile number",
					"Use at least 8 characters.", "Choose whether you register a clinic or a manufacturer.");
		assertThat(users.exists(email)).isFalse();
	}

	@Test
	void aCommonPasswordIsRefused() {
		MvcTestResult form = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "CLINIC")
			.param("fullName", "Dr. Common")
			.param("email", Accounts.uniqueEmail("common"))
			.param("phone", "+919847012345")
			.param("password", "Password123")
			.exchange();

		assertThat(form).model().extractingBindingResult("registration").hasFieldErrors("password");
		assertThat(form).bodyText().contains("one of the most common ones");
	}

	@Test
	void aTakenEmailIsRefusedNextToTheEmailField() {
		User existing = Accounts.create(users, Role.CLINIC);

		MvcTestResult form = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "MANUFACTURER")
			.param("fullName", "Someone")
			.param("email", existing.getEmail().toUpperCase())
			.param("phone", "+919847012345")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(form).hasStatusOk();
		assertThat(form).model().extractingBindingResult("registration").hasFieldErrors("email");
		assertThat(form).bodyText().contains("An account with this email already exists.");
	}

	@Test
	void staffRolesCannotBeRegistered() {
		String email = Accounts.uniqueEmail("sneaky");

		MvcTestResult form = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "ADMIN")
			.param("fullName", "Sneaky")
			.param("email", email)
			.param("phone", "+919847012345")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(form).model().extractingBindingResult("registration").hasFieldErrors("role");
		assertThat(users.exists(email)).isFalse();
	}

	@Test
	void controlCharactersInTheNameAreRefused() {
		String email = Accounts.uniqueEmail("nul");

		MvcTestResult form = mvc.post()
			.uri("/register")
			.with(csrf())
			.param("role", "CLINIC")
			.param("fullName", "Dr.\u0000 Null")
			.param("email", email)
			.param("phone", "+919847012345")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(form).hasStatusOk();
		assertThat(form).model().extractingBindingResult("registration").hasFieldErrors("fullName");
		assertThat(users.exists(email)).isFalse();
	}

	@Test
	void signedInUsersAreSentToTheirPortal() {
		User user = Accounts.create(users, Role.CLINIC);

		assertThat(mvc.get().uri("/register").with(user(Accounts.principal(user)))).hasRedirectedUrl("/clinic");
	}

}
