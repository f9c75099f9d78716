package com.ayurlahi.manufacturers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class ManufacturerOnboardingIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	AuditLog auditLog;

	@Test
	void aNewManufacturerSubmitsItsProfileWithTheDefaultCommissionAndAMaskedAccount() {
		User owner = Accounts.create(users, Role.MANUFACTURER);

		MvcTestResult saved = mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Kottakkal Herbal Works", TestGstins.random(IndianState.KERALA).value(), "sbin0070123",
					"3215 6789 0123"))
			.exchange();

		assertThat(saved).hasRedirectedUrl("/manufacturer");
		Manufacturer manufacturer = manufacturers.findOwnedBy(owner.getId()).orElseThrow();
		assertThat(manufacturer.getCommissionRate()).isEqualByComparingTo("10.00");
		assertThat(manufacturer.getSettlement().ifsc()).isEqualTo("SBIN0070123");
		assertThat(manufacturer.getSettlement().maskedAccountNumber()).isEqualTo("XXXXXXXX0123");
		MvcTestResult home = mvc.get().uri("/manufacturer").with(as(owner)).exchange();
		assertThat(home).bodyText().contains("Waiting for approval", "XXXXXXXX0123").doesNotContain("321567890123");
		assertThat(auditLog
			.find(new AuditQuery("Manufacturer", manufacturer.getId().toString(), null, "MANUFACTURER_REGISTERED", null,
					null), PageRequest.of(0, 1))
			.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("XXXXXXXX0123").doesNotContain("321567890123"));
	}

	@Test
	void theSettlementAccountIsCheckedAndKeptWhenLeftEmpty() {
		User owner = Accounts.create(users, Role.MANUFACTURER);
		MvcTestResult invalid = mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Sattva Labs", TestGstins.random(IndianState.GUJARAT).value(), "SBI01234567", "12ab"))
			.exchange();
		MvcTestResult missing = mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Sattva Labs", TestGstins.random(IndianState.GUJARAT).value(), "SBIN0001234", ""))
			.exchange();
		assertThat(invalid).model().extractingBindingResult("profile").hasFieldErrors("ifsc", "accountNumber");
		assertThat(missing).model().extractingBindingResult("profile").hasFieldErrors("accountNumber");
		assertThat(manufacturers.findOwnedBy(owner.getId())).isEmpty();

		String gstin = TestGstins.random(IndianState.GUJARAT).value();
		mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Sattva Labs", gstin, "SBIN0001234", "123456789"))
			.exchange();
		MvcTestResult edited = mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Sattva Labs", gstin, "SBIN0009999", ""))
			.exchange();

		assertThat(edited).hasRedirectedUrl("/manufacturer");
		Manufacturer manufacturer = manufacturers.findOwnedBy(owner.getId()).orElseThrow();
		assertThat(manufacturer.getSettlement().ifsc()).isEqualTo("SBIN0009999");
		assertThat(manufacturer.getSettlement().accountNumber()).isEqualTo("123456789");
	}

	@Test
	void switchingToAnotherAccountWithTheSameLastDigitsStillShowsInTheAuditLog() throws Exception {
		User owner = Accounts.create(users, Role.MANUFACTURER);
		String gstin = TestGstins.random(IndianState.KERALA).value();
		mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Deva Ayurveda", gstin, "SBIN0001234", "111122223333"))
			.exchange();

		mvc.post()
			.uri("/manufacturer/profile")
			.with(as(owner))
			.with(csrf())
			.params(form("Deva Ayurveda", gstin, "SBIN0001234", "999988883333"))
			.exchange();

		Manufacturer manufacturer = manufacturers.findOwnedBy(owner.getId()).orElseThrow();
		assertThat(auditLog
			.find(new AuditQuery("Manufacturer", manufacturer.getId().toString(), owner.getId(), "MANUFACTURER_UPDATED",
					null, null), PageRequest.of(0, 1))
			.getContent())
			.singleElement()
			.satisfies(entry -> assertThat(entry.changes())
				.contains("settlementAccountNumber", "XXXXXXXX3333 (account 1)", "XXXXXXXX3333 (account 2)")
				.doesNotContain("111122223333", "999988883333", unsaltedDigest("111122223333"),
						unsaltedDigest("999988883333")));
	}

	/**
	 * What earlier entries carried after the masked number: the first 4 bytes of the
	 * account number's plain SHA-256, from which the hidden digits could be found by
	 * trying them all.
	 */
	private static String unsaltedDigest(String accountNumber) throws NoSuchAlgorithmException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountNumber.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 4);
	}

	@Test
	void onlyAnAdminSetsCommissionAndRazorpayAccountAndBadValuesAreNamed() {
		OwnedManufacturer pending = Profiles.pendingManufacturer(users, manufacturers,
				Profiles.manufacturerDetails(IndianState.MAHARASHTRA));
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult byAdmin = mvc.post()
			.uri("/admin/manufacturers/{id}/terms", pending.manufacturer().getId())
			.with(as(admin))
			.with(csrf())
			.param("commissionRate", "12.5")
			.param("razorpayAccountId", "acc_Ab12Cd34Ef56Gh")
			.exchange();
		MvcTestResult bySupport = mvc.post()
			.uri("/admin/manufacturers/{id}/terms", pending.manufacturer().getId())
			.with(as(support))
			.with(csrf())
			.param("commissionRate", "1")
			.exchange();
		MvcTestResult badRate = mvc.post()
			.uri("/admin/manufacturers/{id}/terms", pending.manufacturer().getId())
			.with(as(admin))
			.with(csrf())
			.param("commissionRate", "12.555")
			.exchange();
		MvcTestResult badAccount = mvc.post()
			.uri("/admin/manufacturers/{id}/terms", pending.manufacturer().getId())
			.with(as(admin))
			.with(csrf())
			.param("commissionRate", "9")
			.param("razorpayAccountId", "acct_123")
			.exchange();

		assertThat(byAdmin).hasRedirectedUrl("/admin/manufacturers/" + pending.manufacturer().getId());
		assertThat(bySupport).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(badRate).bodyText().contains("Enter a percentage from 0 to 100 with at most two decimals.");
		assertThat(badAccount).bodyText().contains("A Razorpay linked account id looks like acc_Ab12Cd34Ef56Gh.");
		Manufacturer after = manufacturers.findOwnedBy(pending.owner().getId()).orElseThrow();
		assertThat(after.getCommissionRate()).isEqualByComparingTo(new BigDecimal("12.50"));
		assertThat(after.getRazorpayAccountId()).isEqualTo("acc_Ab12Cd34Ef56Gh");
		assertThat(auditLog
			.find(new AuditQuery("Manufacturer", after.getId().toString(), admin.getId(), "MANUFACTURER_TERMS_CHANGED",
					null, null), PageRequest.of(0, 5))
			.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.changes())
				.contains("\"commissionRate\":{\"before\":\"10.00\",\"after\":\"12.50\"}"));
	}

	@Test
	void anAdminApprovesAndTheOwnerIsTold() {
		OwnedManufacturer pending = Profiles.pendingManufacturer(users, manufacturers,
				Profiles.manufacturerDetails(IndianState.KERALA));
		User admin = Accounts.create(users, Role.ADMIN);

		mvc.post()
			.uri("/admin/manufacturers/{id}/approve", pending.manufacturer().getId())
			.with(as(admin))
			.with(csrf())
			.exchange();

		Manufacturer approved = manufacturers.findOwnedBy(pending.owner().getId()).orElseThrow();
		assertThat(approved.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(approved.maySellOn(LocalDate.now())).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notifications.unread(pending.owner().getId(), 5)).singleElement()
				.satisfies(note -> assertThat(note.message()).contains("has been approved", "list your products")));
	}

	@Test
	void supportStaffSeeTheManufacturerButNeitherDecideNorSetTerms() {
		OwnedManufacturer pending = Profiles.pendingManufacturer(users, manufacturers,
				Profiles.manufacturerDetails(IndianState.DELHI));
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult detail = mvc.get()
			.uri("/admin/manufacturers/{id}", pending.manufacturer().getId())
			.with(as(support))
			.exchange();
		MvcTestResult reject = mvc.post()
			.uri("/admin/manufacturers/{id}/reject", pending.manufacturer().getId())
			.with(as(support))
			.with(csrf())
			.param("reason", "no")
			.exchange();

		assertThat(detail).hasStatusOk();
		assertThat(detail).bodyText()
			.contains(pending.manufacturer().getCompanyName(), "Support staff can look but not decide")
			.doesNotContain("data-testid=\"terms-form\"", "data-testid=\"approve\"");
		assertThat(reject).hasStatus(HttpStatus.FORBIDDEN);
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

	private static MultiValueMap<String, String> form(String companyName, String gstin, String ifsc,
			String accountNumber) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", companyName);
		form.add("gstin", gstin);
		form.add("licenseNumber", "25D/KL/0001");
		form.add("licenseExpiry", LocalDate.now().plusYears(1).toString());
		form.add("addressLine1", "Plot 4, Industrial Estate");
		form.add("city", "Kochi");
		form.add("pincode", "683104");
		form.add("contactPerson", "Anil Kumar");
		form.add("phone", "+91 94470 00000");
		form.add("email", "anil@example.in");
		form.add("accountHolder", companyName);
		form.add("ifsc", ifsc);
		form.add("accountNumber", accountNumber);
		return form;
	}

}
