package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;

/**
 * The foundation's journeys, as a person in a browser takes them, with the demo logins.
 */
@IntegrationTest
class PortalJourneysBrowserIT {

	private static final String DEMO_PASSWORD = "Demo@12345";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aVisitorReadsWhatAyurlahiIsOnDesktopAndPhone() {
		browser.open("/");
		assertThat(browser.byTestId("landing").getText()).contains("Ayurvedic medicines");
		browser.screenshot("public-landing");

		browser.resize(Browser.PHONE);
		browser.open("/");
		assertThat(browser.byTestId("register-cta").isDisplayed()).isTrue();
		browser.screenshot("public-landing-phone");
	}

	@ParameterizedTest
	@CsvSource({ "clinic@demo.ayurlahi.in, /clinic, clinic-home, Dr. Lakshmi Varma, Clinic",
			"maker@demo.ayurlahi.in, /manufacturer, manufacturer-home, Suresh Kumar, Manufacturer",
			"admin@demo.ayurlahi.in, /admin, admin-home, Asha Menon, Admin",
			"support@demo.ayurlahi.in, /admin, admin-home, Rahul Nair, Support" })
	void eachDemoUserSignsInAndLandsOnTheirPortal(String email, String home, String page, String name, String role) {
		browser.signIn(email, DEMO_PASSWORD);

		assertThat(browser.path()).isEqualTo(home);
		assertThat(browser.byTestId(page).isDisplayed()).isTrue();
		assertThat(browser.byTestId("current-user").getText()).contains(name, role);
		browser.screenshot(page + "-" + role.toLowerCase());
	}

	@Test
	void aClinicUserWhoOpensTheAdminConsoleGetsTheForbiddenPage() {
		browser.signIn("clinic@demo.ayurlahi.in", DEMO_PASSWORD);

		browser.open("/admin");

		assertThat(browser.byTestId("error-page").getText()).contains("403", "Not your page", "Back to Clinic portal");
		browser.screenshot("error-403-clinic-on-admin");
	}

	@Test
	void registrationShowsFieldErrorsThenSucceeds() {
		browser.open("/register");
		browser.screenshot("public-register");

		browser.find(By.id("fullName")).sendKeys("Dr. Kavya Menon");
		browser.find(By.id("email")).sendKeys("kavya-at-clinic");
		browser.find(By.id("phone")).sendKeys("12345");
		browser.find(By.id("password")).sendKeys("password", Keys.ENTER);

		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='error-email']")));
		assertThat(browser.byTestId("error-role").getText())
			.isEqualTo("Choose whether you register a clinic or a manufacturer.");
		assertThat(browser.byTestId("error-email").getText())
			.isEqualTo("Enter a valid email address, like name@example.com.");
		assertThat(browser.byTestId("error-phone").getText()).startsWith("Enter an Indian mobile number");
		assertThat(browser.byTestId("error-password").getText()).contains("most common");
		assertThat(browser.find(By.id("fullName")).getDomProperty("value")).isEqualTo("Dr. Kavya Menon");
		browser.screenshot("public-register-errors");

		String email = Accounts.uniqueEmail("kavya");
		browser.find(By.cssSelector("label[for='role-clinic']")).click();
		browser.find(By.id("email")).clear();
		browser.find(By.id("email")).sendKeys(email);
		browser.find(By.id("phone")).clear();
		browser.find(By.id("phone")).sendKeys("94470 12345");
		browser.find(By.id("password")).sendKeys("a pharmacy in thrissur", Keys.ENTER);

		browser.waitUntil(ExpectedConditions.urlToBe(url("/clinic")));
		assertThat(browser.byTestId("flash").getText()).contains("Welcome to Ayurlahi, Dr. Kavya Menon");
		assertThat(browser.byTestId("current-user").getText()).contains("Dr. Kavya Menon", "Clinic");
		browser.screenshot("clinic-home-after-registration");
	}

	@Test
	void signingOutEndsTheSession() {
		browser.signIn("maker@demo.ayurlahi.in", DEMO_PASSWORD);

		browser.byTestId("sign-out").click();

		browser.waitUntil(ExpectedConditions.urlToBe(url("/login?logout")));
		assertThat(browser.byTestId("login-message").getText()).isEqualTo("You have signed out.");
		browser.screenshot("public-login-signed-out");
		browser.open("/manufacturer");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void aWrongPasswordIsSaidPlainly() {
		browser.open("/login");
		browser.find(By.id("username")).sendKeys("support@demo.ayurlahi.in");
		browser.find(By.id("password")).sendKeys("not the password");
		browser.byTestId("sign-in").click();

		browser.waitUntil(ExpectedConditions.urlContains("/login?error"));
		assertThat(browser.byTestId("login-message").getText()).isEqualTo("Wrong email or password.");
		assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo("support@demo.ayurlahi.in");
		browser.screenshot("public-login-error");
	}

	@Test
	void anAdminCreatesASupportAccountWithoutLeavingThePage() {
		browser.signIn("admin@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.open("/admin/users");
		String email = Accounts.uniqueEmail("deepa");

		browser.find(By.id("fullName")).sendKeys("Deepa Support");
		browser.find(By.id("email")).sendKeys(email);
		browser.find(By.id("support-password")).sendKeys("support desk kochi");
		browser.find(By.cssSelector("#support-user-form button[type='submit']")).click();

		browser.waitUntil(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='support-user-created']")));
		browser.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='staff-table']"), email));
		assertThat(browser.path()).isEqualTo("/admin/users");
		browser.screenshot("admin-staff-accounts");

		browser.byTestId("staff-search").sendKeys("deepa support");
		browser.waitUntil(
				ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid='staff-table'] tbody tr"), 1));
		assertThat(browser.byTestId("staff-table").getText()).contains(email).doesNotContain("admin@demo.ayurlahi.in");
	}

	@Test
	void anExpiredSessionDuringAnHtmxRequestBringsBackTheWholeLoginPage() {
		browser.signIn("support@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.open("/admin/users");
		browser.driver().manage().deleteCookieNamed("JSESSIONID");

		browser.byTestId("staff-search").sendKeys("rahul");

		browser.waitUntil(ExpectedConditions.urlToBe(url("/login")));
		assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("#staff-table #username"))).isEmpty();
		assertThat(browser.byTestId("login-message").getText()).isEqualTo("Please sign in to continue.");
		browser.screenshot("public-login-after-expiry");

		browser.find(By.id("username")).sendKeys("support@demo.ayurlahi.in");
		browser.find(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.byTestId("sign-in").click();
		browser.waitUntil(ExpectedConditions.urlContains("/admin/users"));
	}

	@Test
	void signingOutAfterTheSessionExpiredStillSignsOut() {
		browser.signIn("clinic@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.driver().manage().deleteCookieNamed("JSESSIONID");

		browser.byTestId("sign-out").click();

		browser.waitUntil(ExpectedConditions.urlToBe(url("/login?logout")));
		assertThat(browser.byTestId("login-message").getText()).isEqualTo("You have signed out.");
	}

	@Test
	void anHtmxFormPostedAfterTheSessionExpiredBringsBackTheLoginPage() {
		browser.signIn("admin@demo.ayurlahi.in", DEMO_PASSWORD);
		browser.open("/admin/users");
		browser.driver().manage().deleteCookieNamed("JSESSIONID");

		browser.find(By.id("fullName")).sendKeys("Too Late");
		browser.find(By.cssSelector("#support-user-form button[type='submit']")).click();

		browser.waitUntil(ExpectedConditions.urlToBe(url("/login")));
		assertThat(browser.byTestId("login-message").getText()).isEqualTo("Please sign in to continue.");
		assertThat(browser.driver().findElements(By.cssSelector("#support-user-form"))).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
