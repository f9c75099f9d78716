package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * A user who forgot their password gets a link by email (the embedded mailbox), sets a
 * new password with it and signs in; a signed-in user changes their password from the
 * header.
 */
@IntegrationTest
class AccountRecoveryBrowserIT {

	private static final String NEW_PASSWORD = "tulsi leaves in the morning sun";

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

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
	void aUserWhoForgotTheirPasswordResetsItWithTheLinkFromTheMailbox() {
		User clinic = Accounts.create(users, Role.CLINIC);
		browser.open("/login");
		browser.clickTestId("forgot-password");
		browser.find(By.id("email")).sendKeys(clinic.getEmail());
		browser.screenshot("public-forgot-password");
		browser.clickTestId("send-reset");
		// each form answers with a redirect (or a page) that the browser loads after the
		// click returns
		browser.waitUntil(ExpectedConditions.urlContains("/login"));
		assertThat(browser.byTestId("flash").getText()).contains("we have sent it an email with a link");

		browser.open("/dev/mailbox?to=" + clinic.getEmail());
		browser.waitUntil(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector("[data-testid=email-link]")).isEmpty();
		}, Duration.ofSeconds(30));
		assertThat(browser.byTestId("email-subject").getText()).isEqualTo("Reset your Ayurlahi password");
		browser.screenshot("dev-mailbox");
		browser.clickTestId("email-link");

		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("newPassword")));
		browser.find(By.id("newPassword")).sendKeys("password");
		browser.clickTestId("set-password");
		browser.waitUntil(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='error-newPassword']")));
		assertThat(browser.byTestId("error-newPassword").getText()).contains("most common");
		browser.screenshot("public-reset-password-refused");
		browser.find(By.id("newPassword")).clear();
		browser.find(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		browser.clickTestId("set-password");
		browser.waitUntil(ExpectedConditions.urlContains("/login"));
		assertThat(browser.byTestId("flash").getText()).contains("Sign in with your new password");

		browser.signIn(clinic.getEmail(), NEW_PASSWORD);
		assertThat(browser.path()).isEqualTo("/clinic");
	}

	@Test
	void aSignedInUserChangesTheirPasswordFromTheHeader() {
		User maker = Accounts.create(users, Role.MANUFACTURER);
		browser.signIn(maker.getEmail(), Accounts.PASSWORD);
		browser.clickTestId("change-password-link");
		browser.find(By.id("currentPassword")).sendKeys("not my password");
		browser.find(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		browser.clickTestId("change-password");
		browser.waitUntil(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='error-currentPassword']")));
		assertThat(browser.byTestId("error-currentPassword").getText()).contains("not your current password");
		browser.screenshot("account-change-password-refused");

		browser.find(By.id("currentPassword")).clear();
		browser.find(By.id("currentPassword")).sendKeys(Accounts.PASSWORD);
		browser.find(By.id("newPassword")).clear();
		browser.find(By.id("newPassword")).sendKeys(NEW_PASSWORD);
		browser.clickTestId("change-password");

		// the form answers with a redirect that the browser follows after the click
		// returns
		browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
		assertThat(browser.path()).isEqualTo("/manufacturer");
		assertThat(browser.byTestId("flash").getText()).contains("Your password is changed.");
		browser.screenshot("account-password-changed");
		browser.clickTestId("sign-out");
		browser.signIn(maker.getEmail(), NEW_PASSWORD);
		assertThat(browser.path()).isEqualTo("/manufacturer");
	}

}
