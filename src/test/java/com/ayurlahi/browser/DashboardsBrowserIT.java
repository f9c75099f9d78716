package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * Each demo role's home as its dashboard, with the demo's month of past orders (the dev
 * profile's history, switched on here): the team's counts and charts, the manufacturer's
 * queue, chart and a product it marks as running low, and the clinic's orders on their
 * way and a one-click reorder of what it ordered twice. Saves {@code dashboard-team.png},
 * {@code dashboard-manufacturer.png} and {@code dashboard-clinic.png}.
 */
@IntegrationTest
@TestPropertySource(properties = "ayurlahi.demo-data.history=true")
class DashboardsBrowserIT {

	private static final Dimension TALL = new Dimension(1280, 2100);

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentCheckouts checkouts;

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
	void theTeamSeesWhatNeedsActionAndAMonthOfBusiness() {
		browser.signIn("admin@demo.ayurlahi.in", DemoData.PASSWORD);
		browser.open("/admin");

		assertThat(browser.byTestId("needs-action").getText()).contains("Clinics waiting for approval",
				"Payments flagged for review", "Subscriptions past due");
		assertThat(browser.find(By.cssSelector("[data-testid='chart-gross'] svg[role='img'] title"))
			.getAttribute("textContent")).startsWith("Gross value per day over the last 30 days");
		assertThat(browser.driver()
			.findElements(By.cssSelector("[data-testid='chart-orders'] svg.dash-svg rect.dash-bar-0"))).hasSize(30)
			.filteredOn(bar -> Double.parseDouble(bar.getAttribute("height")) > 0)
			.as("days of the demo's month with paid orders")
			.hasSizeGreaterThan(10);
		browser.clickTestId("action-clinics-waiting");
		assertThat(browser.path()).startsWith("/admin/clinics");

		browser.open("/admin");
		browser.resize(TALL);
		browser.screenshot("dashboard-team");
	}

	@Test
	void aManufacturerSeesItsQueueItsSalesAndWhatRunsLow() {
		browser.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
		browser.open("/manufacturer/products");
		browser.find(By.partialLinkText("Ashwagandha")).click();
		browser.find(By.id("low-stock-threshold")).clear();
		browser.find(By.id("low-stock-threshold")).sendKeys("100000");
		browser.clickTestId("save-low-stock");
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"),
				"shows as running low on your dashboard"));

		browser.open("/manufacturer");

		assertThat(browser.byTestId("manufacturer-dashboard").getText()).contains("Orders to pack and ship",
				"Disputes to answer", "Sales and payouts: the last 30 days", "Dispute rate");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid='low-stock']")))
			.anySatisfy(row -> assertThat(row.getText()).contains("Ashwagandha"));
		assertThat(browser.driver()
			.findElements(By.cssSelector("[data-testid='chart-sales'] svg.dash-svg rect.dash-bar-1")))
			.as("a payout bar a day")
			.hasSize(30);
		browser.resize(TALL);
		browser.screenshot("dashboard-manufacturer");
	}

	@Test
	void aClinicReordersWhatItOrdersOftenInOneClick() {
		AuthenticatedUser clinic = DemoData.clinic(users);
		for (int order = 0; order < 2; order++) {
			OrderView placed = placement.place(clinic, List.of(DemoData.line(catalog, "SAP-TRI-100", 2)), null,
					OrderSource.WEB);
			new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(placed.id(), clinic));
		}
		browser.signIn(DemoData.CLINIC, DemoData.PASSWORD);
		browser.open("/clinic");

		assertThat(browser.byTestId("clinic-dashboard").getText()).contains("Orders on their way",
				"Products you order often", "Your plan this month");
		assertThat(browser.byTestId("plan-usage-text").getText()).contains("order");
		browser.resize(TALL);
		browser.screenshot("dashboard-clinic");

		browser.click(browser.find(By.cssSelector("[data-testid='ordered-often'] [data-testid='reorder']")));
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-testid='ordered-often'] .add-status"), "In your cart"));
	}

}
