package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * An ADMIN suspends and reinstates a clinic's or manufacturer's sign-in, and sends its
 * owner a reset link, from the business's own page in the admin console; SUPPORT sees
 * neither the card nor may post; the way back goes only to a page of the admin console.
 */
@IntegrationTest
class AdminAccountActionsIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSuspendsAndReinstatesAClinicOwnersSignInFromTheClinicsPage() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		User admin = Accounts.create(users, Role.ADMIN);
		String page = "/admin/clinics/" + clinic.clinic().getId();
		String owner = "/admin/users/" + clinic.owner().getId();

		assertThat(mvc.get().uri(page).with(user(Accounts.principal(admin))).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-testid=\"owner-account\"", clinic.owner().getEmail(), "can sign in", "Suspend sign-in");
		assertThat(post(owner + "/suspend", admin, page)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(page);

		assertThat(enabled(clinic.owner())).isFalse();
		assertThat(mvc.get().uri(page).with(user(Accounts.principal(admin))).exchange()).bodyText()
			.contains("suspended: can&#39;t sign in", "Reinstate sign-in")
			.doesNotContain("Suspend sign-in");
		assertThat(post(owner + "/reinstate", admin, page)).hasRedirectedUrl(page);
		assertThat(enabled(clinic.owner())).isTrue();
		assertThat(audit(clinic.owner().getId())).containsSubsequence("ACCOUNT_SUSPENDED", "ACCOUNT_REINSTATED");
	}

	@Test
	void anAdminSendsAManufacturerOwnerAResetLinkFromItsPageAndComesBackToIt() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		User admin = Accounts.create(users, Role.ADMIN);
		String page = "/admin/manufacturers/" + maker.manufacturer().getId();

		assertThat(post("/admin/users/" + maker.owner().getId() + "/password-reset", admin, page))
			.hasRedirectedUrl(page);

		assertThat(audit(maker.owner().getId())).contains("PASSWORD_RESET_SENT");
	}

	@Test
	void supportSeesNoAccountCardAndMayNotActAndNoWayBackLeavesTheConsole() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		User support = Accounts.create(users, Role.SUPPORT);
		User admin = Accounts.create(users, Role.ADMIN);
		String page = "/admin/clinics/" + clinic.clinic().getId();
		String suspend = "/admin/users/" + clinic.owner().getId() + "/suspend";

		assertThat(mvc.get().uri(page).with(user(Accounts.principal(support))).exchange()).hasStatusOk()
			.bodyText()
			.doesNotContain("owner-account");
		assertThat(post(suspend, support, page)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(enabled(clinic.owner())).isTrue();

		assertThat(post(suspend, admin, "https://evil.example/admin")).hasRedirectedUrl("/admin/users");
		assertThat(post("/admin/users/" + clinic.owner().getId() + "/reinstate", admin, "//evil.example/admin"))
			.hasRedirectedUrl("/admin/users");
		assertThat(post("/admin/users/" + admin.getId() + "/suspend", admin, page)).as("not one's own account")
			.hasRedirectedUrl(page);
		assertThat(enabled(admin)).isTrue();
	}

	private MvcTestResult post(String uri, User as, String back) {
		return mvc.post().uri(uri).param("back", back).with(user(Accounts.principal(as))).with(csrf()).exchange();
	}

	private boolean enabled(User user) {
		return users.findById(user.getId()).orElseThrow().isEnabled();
	}

	private List<String> audit(UUID userId) {
		return jdbc.sql("select action from audit_entries where entity_type = 'User' and entity_id = :id order by seq")
			.param("id", userId.toString())
			.query(String.class)
			.list();
	}

}
