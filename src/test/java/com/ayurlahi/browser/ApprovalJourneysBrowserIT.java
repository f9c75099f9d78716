package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;

/**
 * Onboarding and approval from both sides: a new clinic and a new manufacturer register
 * and fill in their profiles; an admin rejects, the owner corrects and resubmits, the
 * admin approves; support staff look on; every step is in the audit log, whose chain
 * verifies.
 */
@IntegrationTest
class ApprovalJourneysBrowserIT {

	private static final String DEMO_PASSWORD = "Demo@12345";

	@LocalServerPort
	int port;

	Browser owner;

	Browser admin;

	@BeforeEach
	void openBrowsers() {
		owner = new Browser(port);
		admin = new Browser(port);
	}

	@AfterEach
	void closeBrowsers() {
		owner.close();
		admin.close();
	}

	@Test
	void aClinicIsRejectedCorrectsItsProfileAndIsApproved() {
		String clinicName = "Arogya Ayurveda Clinic " + System.nanoTime() % 100_000;
		String gstin = TestGstins.random(IndianState.KERALA).value();
		register(owner, "CLINIC", "Dr. Nirmala Das", "/clinic");
		assertThat(owner.byTestId("onboarding-cta").getText()).contains("Set up your clinic");
		owner.clickTestId("start-onboarding");

		owner.find(By.id("name")).sendKeys(clinicName);
		owner.find(By.id("gstin")).sendKeys(gstin.toLowerCase());
		owner.waitUntil(
				ExpectedConditions.textToBePresentInElementLocated(By.id("gstin-check"), "Registered in Kerala"));
		owner.find(By.id("drugLicenseNumber")).sendKeys("KL-KZD-20B-0042");
		typeDate(owner, "drugLicenseExpiry", LocalDate.now().plusYears(2));
		owner.find(By.id("addressLine1")).sendKeys("2/45 Beach Road");
		owner.find(By.id("city")).sendKeys("Kozhikode");
		owner.find(By.id("pincode")).sendKeys("67300");
		owner.find(By.id("contactPerson")).sendKeys("Dr. Nirmala Das");
		owner.find(By.id("phone")).sendKeys("94470 55555");
		owner.find(By.id("email")).sendKeys("nirmala@arogya.example");
		owner.screenshot("clinic-profile-form");
		owner.clickTestId("save-profile");

		owner.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='error-pincode']")));
		assertThat(owner.byTestId("error-pincode").getText())
			.isEqualTo("A PIN code has 6 digits and doesn't start with 0.");
		owner.screenshot("clinic-profile-errors");
		owner.find(By.id("pincode")).clear();
		owner.find(By.id("pincode")).sendKeys("673001");
		owner.clickTestId("save-profile");

		owner.waitUntil(ExpectedConditions.urlToBe(url("/clinic")));
		assertThat(owner.byTestId("status-banner").getText()).contains("Waiting for approval");
		owner.screenshot("clinic-home-pending");

		admin.signIn("admin@demo.ayurlahi.in", DEMO_PASSWORD);
		admin.open("/admin/clinics");
		admin.byTestId("profile-search").sendKeys(clinicName);
		admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='result-count']"), "1 clinic"));
		assertThat(admin.byTestId("profile-results").getText()).contains(clinicName);
		admin.screenshot("admin-clinics-queue");
		admin.click(By.linkText(clinicName));
		admin.byTestId("reject-reason").sendKeys("The licence number doesn't match the uploaded licence.");
		admin.clickTestId("reject");
		admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='clinic-status']"), "Rejected"));
		admin.screenshot("admin-clinic-rejected");

		owner.waitUntil(browser -> {
			owner.driver().navigate().refresh();
			return !owner.driver().findElements(By.cssSelector("[data-testid='notifications-count']")).isEmpty();
		});
		assertThat(owner.byTestId("status-banner").getText()).contains("Not approved.",
				"doesn't match the uploaded licence");
		owner.clickTestId("notifications-toggle");
		owner.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='notification']")));
		assertThat(owner.byTestId("notification").getText()).contains("was not approved",
				"doesn't match the uploaded licence");
		owner.screenshot("clinic-home-rejected-notification");
		owner.clickTestId("notifications-read");
		owner.waitUntil(
				ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid='notifications-count']"), 0));

		owner.clickTestId("edit-profile");
		owner.find(By.id("drugLicenseNumber")).clear();
		owner.find(By.id("drugLicenseNumber")).sendKeys("KL-KZD-20B-0043");
		owner.clickTestId("save-profile");
		owner.waitUntil(ExpectedConditions.urlToBe(url("/clinic")));
		assertThat(owner.byTestId("flash").getText()).contains("back with the Ayurlahi team");
		assertThat(owner.byTestId("status-banner").getText()).contains("Waiting for approval");

		Browser support = new Browser(port);
		try {
			support.signIn("support@demo.ayurlahi.in", DEMO_PASSWORD);
			support.open(admin.path());
			assertThat(support.byTestId("support-note").getText()).contains("Support staff can look but not decide");
			assertThat(support.driver().findElements(By.cssSelector("[data-testid='approve']"))).isEmpty();
			support.screenshot("admin-clinic-detail-support");
		}
		finally {
			support.close();
		}

		admin.driver().navigate().refresh();
		admin.clickTestId("approve");
		admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='clinic-status']"), "Approved"));
		admin.screenshot("admin-clinic-approved");

		owner.waitUntil(browser -> {
			owner.driver().navigate().refresh();
			return owner.byTestId("status-banner").getText().contains("Approved");
		});
		owner.screenshot("clinic-home-approved");

		admin.open("/admin/audit?entityType=Clinic");
		assertThat(admin.byTestId("audit-results").getText()).contains("CLINIC_REGISTERED", "CLINIC_REJECTED",
				"CLINIC_RESUBMITTED", "CLINIC_APPROVED");
		admin.clickTestId("verify-chain");
		admin.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='chain-check']"), "The chain is intact"));
		admin.screenshot("admin-audit");
	}

	@Test
	void aManufacturerIsApprovedOnTermsTheAdminSets() {
		String company = "Navaratna Herbals " + System.nanoTime() % 100_000;
		register(owner, "MANUFACTURER", "Rohit Deshpande", "/manufacturer");
		owner.clickTestId("start-onboarding");
		owner.find(By.id("name")).sendKeys(company);
		owner.find(By.id("gstin")).sendKeys(TestGstins.random(IndianState.MAHARASHTRA).value());
		owner.find(By.id("licenseNumber")).sendKeys("25D/MH/NSK/0777");
		typeDate(owner, "licenseExpiry", LocalDate.now().plusYears(3));
		owner.find(By.id("addressLine1")).sendKeys("Gat 12, Ambad MIDC");
		owner.find(By.id("city")).sendKeys("Nashik");
		owner.find(By.id("pincode")).sendKeys("422010");
		owner.find(By.id("contactPerson")).sendKeys("Rohit Deshpande");
		owner.find(By.id("phone")).sendKeys("+91 98220 12345");
		owner.find(By.id("email")).sendKeys("rohit@navaratna.example");
		owner.find(By.id("accountHolder")).sendKeys(company);
		owner.find(By.id("ifsc")).sendKeys("utib0000123");
		owner.find(By.id("accountNumber")).sendKeys("912010012345678");
		owner.screenshot("manufacturer-profile-form");
		owner.clickTestId("save-profile");
		owner.waitUntil(ExpectedConditions.urlToBe(url("/manufacturer")));
		assertThat(owner.byTestId("manufacturer-summary").getText()).contains("XXXXXXXXXXX5678")
			.doesNotContain("912010012345678");

		admin.signIn("admin@demo.ayurlahi.in", DEMO_PASSWORD);
		admin.open("/admin/manufacturers");
		new Select(admin.byTestId("status-filter")).selectByVisibleText("Pending approval");
		admin.byTestId("profile-search").sendKeys(company);
		admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='result-count']"), "1 manufacturer"));
		admin.click(By.linkText(company));
		WebElement rate = admin.find(By.id("commissionRate"));
		rate.clear();
		rate.sendKeys("12.50");
		admin.find(By.id("razorpayAccountId")).sendKeys("acc_Nv12Hb34Rl56Ts");
		admin.clickTestId("save-terms");
		admin.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='commission-rate']"), "12.50"));
		admin.clickTestId("approve");
		admin.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='manufacturer-status']"), "Approved"));
		admin.screenshot("admin-manufacturer-approved");

		owner.waitUntil(browser -> {
			owner.driver().navigate().refresh();
			return owner.byTestId("status-banner").getText().contains("Approved");
		});
		assertThat(owner.byTestId("manufacturer-summary").getText()).contains("12.50%");
		owner.screenshot("manufacturer-home-approved");
	}

	private void register(Browser browser, String role, String fullName, String home) {
		browser.open("/register");
		browser.click(By.cssSelector("label[for='role-" + role.toLowerCase() + "']"));
		browser.find(By.id("fullName")).sendKeys(fullName);
		browser.find(By.id("email")).sendKeys(Accounts.uniqueEmail(role.toLowerCase()));
		browser.find(By.id("phone")).sendKeys(Accounts.uniqueMobile());
		browser.find(By.id("password")).sendKeys("a clinic by the sea", Keys.ENTER);
		browser.waitUntil(ExpectedConditions.urlToBe(url(home)));
	}

	/**
	 * Chromium's date input takes the digits in the locale's order (here en-US: month,
	 * day, year).
	 */
	private static void typeDate(Browser browser, String id, LocalDate date) {
		browser.find(By.id(id)).sendKeys(date.format(DateTimeFormatter.ofPattern("MMddyyyy")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
