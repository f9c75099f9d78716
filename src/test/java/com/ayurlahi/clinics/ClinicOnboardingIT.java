package com.ayurlahi.clinics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class ClinicOnboardingIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewClinicFillsInItsProfileTypedLooselyAndWaitsForApproval() {
		User owner = Accounts.create(users, Role.CLINIC);
		String gstin = TestGstins.random(IndianState.KERALA).value();
		String typedGstin = " " + gstin.substring(0, 7).toLowerCase() + " " + gstin.substring(7) + " ";

		MvcTestResult saved = mvc.post()
			.uri("/clinic/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Ashtavaidyan Clinic", typedGstin, "680001", LocalDate.now().plusMonths(6)))
			.exchange();

		assertThat(saved).hasRedirectedUrl("/clinic");
		Clinic clinic = clinics.findOwnedBy(owner.getId()).orElseThrow();
		assertThat(clinic.getGstin().value()).isEqualTo(gstin);
		assertThat(clinic.getAddress().state()).isEqualTo(IndianState.KERALA);
		assertThat(clinic.getContact().phone()).isEqualTo("+919847012345");
		assertThat(clinic.getStatus()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
		assertThat(mvc.get().uri("/clinic").with(as(owner))).bodyText()
			.contains("Waiting for approval", "Ashtavaidyan Clinic");
		assertThat(auditLog
			.find(new AuditQuery("Clinic", clinic.getId().toString(), owner.getId(), "CLINIC_REGISTERED", null, null),
					PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void badInputIsNamedNextToEachFieldAndNothingIsSaved() {
		User owner = Accounts.create(users, Role.CLINIC);
		String wrongCheck = TestGstins.random(IndianState.KERALA).value().substring(0, 14) + "#";

		MvcTestResult form = mvc.post()
			.uri("/clinic/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("x".repeat(201), wrongCheck, "68001", LocalDate.now().plusMonths(6)))
			.param("phone", "12345")
			.param("email", "not-an-email")
			.exchange();
		MvcTestResult unknownState = mvc.post()
			.uri("/clinic/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Clinic", "99AAFCA1234K1Z3", "680001", LocalDate.now().plusMonths(6)))
			.exchange();

		assertThat(form).hasStatusOk();
		assertThat(form).model()
			.extractingBindingResult("profile")
			.hasFieldErrors("name", "gstin", "pincode", "phone", "email");
		assertThat(form).bodyText()
			.contains("Use at most 200 characters.", "A PIN code has 6 digits", "A GSTIN has 15 characters");
		assertThat(unknownState).bodyText().contains("The GSTIN starts with 99, which is not an Indian state code.");
		assertThat(clinics.findOwnedBy(owner.getId())).isEmpty();
	}

	@Test
	void anExpiredLicenceAndATakenGstinAreRefused() {
		OwnedClinic first = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		User second = Accounts.create(users, Role.CLINIC);

		MvcTestResult expired = mvc.post()
			.uri("/clinic/profile")
			.with(as(second))
			.with(csrf())
			.params(form("Clinic Two", TestGstins.random(IndianState.GOA).value(), "403001",
					LocalDate.now().minusDays(1)))
			.exchange();
		MvcTestResult taken = mvc.post()
			.uri("/clinic/profile")
			.with(as(second))
			.with(csrf())
			.params(form("Clinic Two", first.clinic().getGstin().value(), "403001", LocalDate.now().plusYears(1)))
			.exchange();

		assertThat(expired).model().extractingBindingResult("profile").hasFieldErrors("drugLicenseExpiry");
		assertThat(expired).bodyText().contains("This licence has already expired");
		assertThat(taken).model().extractingBindingResult("profile").hasFieldErrors("gstin");
		assertThat(taken).bodyText().contains("Another clinic is already registered with this GSTIN.");
		assertThat(clinics.findOwnedBy(second.getId())).isEmpty();
	}

	@Test
	void anAdminApprovesAndTheOwnerIsToldOnTheirNextVisit() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult approved = mvc.post()
			.uri("/admin/clinics/{id}/approve", pending.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.exchange();

		assertThat(approved).hasRedirectedUrl("/admin/clinics/" + pending.clinic().getId());
		assertThat(clinics.findOwnedBy(pending.owner().getId()).orElseThrow().getStatus())
			.isEqualTo(ApprovalStatus.APPROVED);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notifications.unread(pending.owner().getId(), 5)).singleElement()
				.satisfies(note -> assertThat(note.message()).contains("has been approved")));
		assertThat(mvc.get().uri("/notifications").header("HX-Request", "true").with(as(pending.owner()))).bodyText()
			.contains("has been approved", "notifications-count");
		assertThat(mvc.get().uri("/clinic").with(as(pending.owner()))).bodyText().contains("Approved</strong> since");
		assertThat(auditLog
			.find(new AuditQuery("Clinic", pending.clinic().getId().toString(), admin.getId(), "CLINIC_APPROVED", null,
					null), PageRequest.of(0, 5))
			.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.changes())
				.contains("\"status\":{\"before\":\"PENDING_APPROVAL\",\"after\":\"APPROVED\"}"));
	}

	@Test
	void aRejectionNeedsAReasonAndTheOwnerCorrectsAndResubmits() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.TAMIL_NADU));
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult noReason = mvc.post()
			.uri("/admin/clinics/{id}/reject", pending.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.param("reason", " ")
			.exchange();
		assertThat(noReason).hasStatusOk();
		assertThat(noReason).bodyText().contains("Give a reason; the owner sees it.");
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.PENDING_APPROVAL);

		mvc.post()
			.uri("/admin/clinics/{id}/reject", pending.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.param("reason", "The licence number doesn't match the licence copy.")
			.exchange();
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(mvc.get().uri("/clinic").with(as(pending.owner()))).bodyText()
			.contains("Not approved.", "The licence number doesn&#39;t match the licence copy.");

		Clinic rejected = clinics.findOwnedBy(pending.owner().getId()).orElseThrow();
		MvcTestResult resubmitted = mvc.post()
			.uri("/clinic/profile")
			.with(as(pending.owner()))
			.with(csrf())
			.params(form(rejected.getLegalName(), rejected.getGstin().value(), "641001", LocalDate.now().plusYears(2)))
			.param("drugLicenseNumber", "TN-CBE-21-0001")
			.exchange();

		assertThat(resubmitted).hasRedirectedUrl("/clinic");
		assertThat(resubmitted).flash().containsKey("flash");
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
		assertThat(auditLog
			.find(new AuditQuery("Clinic", pending.clinic().getId().toString(), null, "CLINIC_RESUBMITTED", null, null),
					PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies(entry -> assertThat(entry.changes()).contains("TN-CBE-21-0001"));
	}

	@Test
	void suspensionAndReinstatementChangeWhetherTheClinicMayOrder() {
		OwnedClinic approved = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		User admin = Accounts.create(users, Role.ADMIN);

		mvc.post()
			.uri("/admin/clinics/{id}/suspend", approved.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.param("reason", "Complaints about unpaid returns")
			.exchange();
		Clinic suspended = clinics.findOwnedBy(approved.owner().getId()).orElseThrow();
		assertThat(suspended.getStatus()).isEqualTo(ApprovalStatus.SUSPENDED);
		assertThat(suspended.mayOrderOn(LocalDate.now())).isFalse();
		assertThat(mvc.get().uri("/clinic").with(as(approved.owner()))).bodyText()
			.contains("Suspended.", "You can't place orders");

		mvc.post()
			.uri("/admin/clinics/{id}/reinstate", approved.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.param("reason", "Resolved with the manufacturer")
			.exchange();
		assertThat(clinics.findOwnedBy(approved.owner().getId()).orElseThrow().mayOrderOn(LocalDate.now())).isTrue();
	}

	@Test
	void supportStaffSeeTheClinicButCannotDecide() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult detail = mvc.get()
			.uri("/admin/clinics/{id}", pending.clinic().getId())
			.with(as(support))
			.exchange();
		MvcTestResult approve = mvc.post()
			.uri("/admin/clinics/{id}/approve", pending.clinic().getId())
			.with(as(support))
			.with(csrf())
			.exchange();

		assertThat(detail).hasStatusOk();
		assertThat(detail).bodyText()
			.contains(pending.clinic().getLegalName(), "Support staff can look but not decide")
			.doesNotContain("data-testid=\"approve\"");
		assertThat(approve).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
	}

	@Test
	void theServiceItselfRefusesDecisionsByAnyoneButAnAdmin() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		User support = Accounts.create(users, Role.SUPPORT);

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> clinics.approve(pending.clinic().getId(), Accounts.principal(support)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> clinics.reject(pending.clinic().getId(), "no", Accounts.principal(pending.owner())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
	}

	@Test
	void savingAnUnchangedProfileWritesNoAuditEntry() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		Clinic clinic = pending.clinic();

		clinics.update(clinic.getId(),
				new ProfileDetails(clinic.getLegalName(), clinic.getGstin(), clinic.getLicence(),
						AddressLines.of(clinic.getAddress()), clinic.getContact()),
				Accounts.principal(pending.owner()));

		assertThat(auditLog
			.find(new AuditQuery("Clinic", clinic.getId().toString(), null, "CLINIC_UPDATED", null, null),
					PageRequest.of(0, 1))
			.getTotalElements()).isZero();
	}

	@Test
	void anApprovedOwnerMayRenewTheLicenceButNotChangeNameOrGstin() {
		OwnedClinic approved = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		Clinic clinic = approved.clinic();

		MvcTestResult renamed = mvc.post()
			.uri("/clinic/profile")
			.with(as(approved.owner()))
			.with(csrf())
			.params(form("A New Name", clinic.getGstin().value(), "680001", LocalDate.now().plusYears(1)))
			.exchange();
		MvcTestResult renewed = mvc.post()
			.uri("/clinic/profile")
			.with(as(approved.owner()))
			.with(csrf())
			.params(form(clinic.getLegalName(), clinic.getGstin().value(), "680001", LocalDate.now().plusYears(3)))
			.exchange();

		assertThat(renamed).model().extractingBindingResult("profile").hasFieldErrors("name");
		assertThat(renamed).bodyText().contains("can only be changed by the Ayurlahi team");
		assertThat(renewed).hasRedirectedUrl("/clinic");
		Clinic after = clinics.findOwnedBy(approved.owner().getId()).orElseThrow();
		assertThat(after.getLegalName()).isEqualTo(clinic.getLegalName());
		assertThat(after.getLicence().expiry()).isEqualTo(LocalDate.now().plusYears(3));
		assertThat(after.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void aLicenceThatExpiresAfterApprovalStopsOrderingUntilItIsRenewed() {
		OwnedClinic approved = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		jdbc.sql("update clinics set licence_expiry = :expired where id = :id")
			.param("expired", Date.valueOf(LocalDate.now().minusDays(2)))
			.param("id", approved.clinic().getId())
			.update();

		Clinic expired = clinics.findOwnedBy(approved.owner().getId()).orElseThrow();
		assertThat(expired.mayOrderOn(LocalDate.now())).isFalse();
		assertThat(mvc.get().uri("/clinic").with(as(approved.owner()))).bodyText()
			.contains("Your licence expired on", "You can't place new orders", "save your renewed licence");

		mvc.post()
			.uri("/clinic/profile")
			.with(as(approved.owner()))
			.with(csrf())
			.params(form(expired.getLegalName(), expired.getGstin().value(), "680001", LocalDate.now().plusYears(1)))
			.exchange();
		assertThat(clinics.findOwnedBy(approved.owner().getId()).orElseThrow().mayOrderOn(LocalDate.now())).isTrue();
	}

	@Test
	void aPendingClinicWhoseLicenceExpiredCannotBeApproved() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		jdbc.sql("update clinics set licence_expiry = :expired where id = :id")
			.param("expired", Date.valueOf(LocalDate.now().minusDays(1)))
			.param("id", pending.clinic().getId())
			.update();
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult approve = mvc.post()
			.uri("/admin/clinics/{id}/approve", pending.clinic().getId())
			.with(as(admin))
			.with(csrf())
			.exchange();

		assertThat(approve).hasStatusOk();
		assertThat(approve).bodyText().contains("the clinic can&#39;t be approved until it saves a renewed licence");
		assertThat(statusOf(pending)).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
	}

	@Test
	void theQueueFiltersByStatusStateAndNameOrGstin() {
		OwnedClinic kerala = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		OwnedClinic goa = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.GOA));
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult byGstin = mvc.get()
			.uri("/admin/clinics")
			.header("HX-Request", "true")
			.with(as(support))
			.param("status", "PENDING_APPROVAL")
			.param("state", "KERALA")
			.param("q", kerala.clinic().getGstin().value().substring(0, 9).toLowerCase())
			.exchange();
		MvcTestResult byName = mvc.get()
			.uri("/admin/clinics")
			.header("HX-Request", "true")
			.with(as(support))
			.param("status", "")
			.param("q", goa.clinic().getLegalName().toUpperCase())
			.exchange();
		MvcTestResult approvedOnly = mvc.get()
			.uri("/admin/clinics")
			.header("HX-Request", "true")
			.with(as(support))
			.param("status", "APPROVED")
			.param("q", goa.clinic().getLegalName())
			.exchange();

		assertThat(byGstin).bodyText()
			.startsWith("<div id=\"profile-results\"")
			.contains(kerala.clinic().getLegalName())
			.doesNotContain(goa.clinic().getLegalName());
		assertThat(byName).bodyText()
			.contains(goa.clinic().getLegalName())
			.doesNotContain(kerala.clinic().getLegalName());
		assertThat(approvedOnly).bodyText().contains("No clinic matches.");
	}

	private ApprovalStatus statusOf(OwnedClinic clinic) {
		return clinics.findOwnedBy(clinic.owner().getId()).orElseThrow().getStatus();
	}

	private static RequestPostProcessor as(User user) {
		AuthenticatedUser principal = Accounts.principal(user);
		return user(principal);
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String legalName, String gstin,
			String pincode, LocalDate licenceExpiry) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("name", legalName);
		form.add("gstin", gstin);
		form.add("drugLicenseNumber", "KL-TSR-20B-9999");
		form.add("drugLicenseExpiry", licenceExpiry.toString());
		form.add("addressLine1", "3/140 High Road");
		form.add("addressLine2", "");
		form.add("city", "Thrissur");
		form.add("pincode", pincode);
		form.add("contactPerson", "Dr. Meera");
		form.add("phone", "98470 12345");
		form.add("email", "Meera@Example.IN");
		return form;
	}

}
