package com.ayurlahi.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;

@IntegrationTest
class StaffAccountsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Test
	void anAdminCreatesASupportAccountThatCanSignIn() {
		User admin = Accounts.create(users, Role.ADMIN);
		String email = Accounts.uniqueEmail("support");

		MvcTestResult created = mvc.post()
			.uri("/admin/users")
			.with(user(Accounts.principal(admin)))
			.with(csrf())
			.param("fullName", "Priya Support")
			.param("email", email)
			.param("phone", "")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(created).hasRedirectedUrl("/admin/users");
		assertThat(users.staff("priya support")).extracting(User::getEmail).contains(email);
		assertThat(users.staff("priya support")).filteredOn(staff -> staff.getEmail().equals(email))
			.singleElement()
			.satisfies(staff -> {
				assertThat(staff.getRole()).isEqualTo(Role.SUPPORT);
				assertThat(staff.getPhone()).isNull();
			});
	}

	@Test
	void fromThePageTheFormIsSwappedInPlaceAndTheListIsToldToRefresh() throws Exception {
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult created = mvc.post()
			.uri("/admin/users")
			.header("HX-Request", "true")
			.with(user(Accounts.principal(admin)))
			.with(csrf())
			.param("fullName", "Arjun Support")
			.param("email", Accounts.uniqueEmail("support"))
			.param("phone", "98950 12345")
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(created).hasStatusOk();
		assertThat(created).hasHeader("HX-Trigger", "staffChanged");
		assertThat(created).bodyText()
			.startsWith("<form id=\"support-user-form\"")
			.contains("Support account created for", "Arjun Support")
			.doesNotContain("<html", "<nav", "staff-search");
		assertThat(created.getResponse().getContentAsString().split("<form", -1)).hasSize(2);
		assertThat(created).bodyText().contains("X-CSRF-TOKEN");
	}

	@Test
	void invalidInputFromThePageComesBackAsTheFormWithItsErrors() {
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult refused = mvc.post()
			.uri("/admin/users")
			.header("HX-Request", "true")
			.with(user(Accounts.principal(admin)))
			.with(csrf())
			.param("fullName", "")
			.param("email", "nope")
			.param("phone", "555")
			.param("password", "12345678")
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(refused).doesNotContainHeader("HX-Trigger");
		assertThat(refused).bodyText()
			.contains("Enter the full name.", "Enter a valid email address", "Enter an Indian mobile number",
					"one of the most common ones");
	}

	@Test
	void supportStaffSeeTheListButMayNotCreateAccounts() {
		User support = Accounts.create(users, Role.SUPPORT);
		String email = Accounts.uniqueEmail("support");

		MvcTestResult page = mvc.get().uri("/admin/users").with(user(Accounts.principal(support))).exchange();
		MvcTestResult create = mvc.post()
			.uri("/admin/users")
			.with(user(Accounts.principal(support)))
			.with(csrf())
			.param("fullName", "Not Allowed")
			.param("email", email)
			.param("password", Accounts.PASSWORD)
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains(support.getFullName()).doesNotContain("New support account");
		assertThat(create).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(users.exists(email)).isFalse();
	}

	@Test
	void theSearchAsYouTypeReturnsJustTheTable() {
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult table = mvc.get()
			.uri("/admin/users")
			.param("q", support.getEmail().toUpperCase())
			.header("HX-Request", "true")
			.with(user(Accounts.principal(admin)))
			.exchange();

		assertThat(table).hasStatusOk();
		assertThat(table).bodyText()
			.startsWith("<div id=\"staff-table\"")
			.contains(support.getEmail())
			.doesNotContain(admin.getEmail(), "<html", "role=\"search\"", "support-user-form");
	}

	@Test
	void clinicAndManufacturerUsersAreNotStaff() {
		User admin = Accounts.create(users, Role.ADMIN);
		User clinic = Accounts.create(users, Role.CLINIC);

		MvcTestResult table = mvc.get()
			.uri("/admin/users")
			.param("q", clinic.getEmail())
			.header("HX-Request", "true")
			.with(user(Accounts.principal(admin)))
			.exchange();

		assertThat(table).bodyText().doesNotContain(clinic.getEmail()).contains("No staff account matches.");
	}

}
