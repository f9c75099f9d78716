package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.UserManagement;

/**
 * The pages of each portal that no journey screenshots pass axe (the journeys check the
 * others as they screenshot them, see {@link Browser#screenshot}), and a clinic and a
 * manufacturer get through the cart, checkout and the order queue with the keyboard
 * alone, focus landing where the htmx action left something to read.
 */
@IntegrationTest
class AccessibilityBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderManagement orders;

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
	void thePagesNoJourneyScreenshotsHaveNoSeriousOrCriticalViolations() {
		List<String> failures = new ArrayList<>();
		check(failures, "/", "/login", "/register", "/forgot-password", "/reset-password/code", "/dev/mailbox");

		browser.signIn(DemoData.CLINIC, DemoData.PASSWORD);
		check(failures, "/clinic/profile", "/clinic/catalog", "/clinic/cart", "/clinic/orders", "/clinic/disputes",
				"/clinic/invoices", "/clinic/plan", "/clinic/plan/cancel", "/clinic/whatsapp", "/account/password",
				"/dev/whatsapp");
		checkFirstLink(failures, "/clinic/catalog", "[data-testid='product-link']");
		checkFirstLink(failures, "/clinic/orders", "[data-testid='order-link']");
		signOut();

		browser.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
		check(failures, "/manufacturer/profile", "/manufacturer/products", "/manufacturer/products/new",
				"/manufacturer/products/import", "/manufacturer/orders?queue=SHIPPED",
				"/manufacturer/orders?queue=DONE", "/manufacturer/settlements", "/manufacturer/disputes",
				"/manufacturer/invoices", "/manufacturer/whatsapp");
		checkFirstLink(failures, "/manufacturer/products", "tbody a[href*='/manufacturer/products/']");
		signOut();

		browser.signIn("admin@demo.ayurlahi.in", DemoData.PASSWORD);
		check(failures, "/admin/clinics", "/admin/manufacturers", "/admin/orders", "/admin/payments",
				"/admin/payments/refunds", "/admin/payments/events", "/admin/disputes", "/admin/chargebacks",
				"/admin/invoices", "/admin/jobs", "/admin/whatsapp", "/admin/whatsapp/conversations",
				"/admin/whatsapp/messages", "/admin/whatsapp/outbox", "/admin/whatsapp/consents",
				"/admin/subscriptions", "/admin/subscriptions/subscribers", "/admin/subscriptions/past-due",
				"/admin/subscriptions/plans", "/admin/audit", "/admin/users");
		checkFirstLink(failures, "/admin/clinics", "tbody a");
		checkFirstLink(failures, "/admin/manufacturers", "tbody a");
		checkFirstLink(failures, "/admin/orders", "[data-testid='order-link']");
		checkFirstLink(failures, "/admin/subscriptions/subscribers", "tbody a");
		checkFirstLink(failures, "/admin/subscriptions/plans", "[data-testid='new-version']");
		checkFirstLink(failures, "/admin/whatsapp/conversations", "tbody a");

		assertThat(failures).as("pages with serious or critical accessibility violations").isEmpty();
	}

	@Test
	void aClinicOrdersAndAManufacturerMovesTheOrderOnWithTheKeyboardAlone() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "100.00", 10);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		String word = product.name().split(" ")[0];

		browser.signIn(clinic.owner().getEmail(), Accounts.PASSWORD);
		browser.open("/clinic/catalog?q=" + word);
		WebElement quantity = browser.tabTo(By.id("quantity-" + product.id()));
		browser.press(Keys.chord(Keys.CONTROL, "a"), "3", Keys.TAB);
		assertThat(browser.focused().getAttribute("data-testid")).isEqualTo("add-to-cart");
		browser.press(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-count']"), "1"));
		assertThat(browser.find(By.id("add-" + product.id() + "-error")).getText()).contains("In your cart");
		assertThat(browser.focused().getAttribute("data-testid")).isEqualTo("add-to-cart");
		assertThat(quantity.getAttribute("value")).isEqualTo("3");

		browser.open("/clinic/cart");
		browser.tabTo(By.id("line-" + product.id()));
		browser.press(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
		browser.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-total']"), "₹525.00"));
		browser.waitUntil(b -> ("remove-" + product.id()).equals(browser.focused().getAttribute("id")));

		browser.tabTo(By.cssSelector("[data-testid='checkout']"));
		browser.press(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.titleIs("Checkout · Ayurlahi"));
		browser.tabTo(By.cssSelector("[data-testid='place-orders']"));
		browser.press(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.titleIs("Your orders · Ayurlahi"));
		WebElement orderLink = browser.find(By.cssSelector("[data-testid='order-link']"));
		String orderNumber = orderLink.getText();
		UUID orderId = UUID.fromString(orderLink.getAttribute("href").replaceAll(".*/", ""));
		orders.confirmPayment(orderId, Actor.system());
		signOut();

		browser.signIn(maker.owner().getEmail(), Accounts.PASSWORD);
		browser.open("/manufacturer/orders");
		browser.tabTo(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='move-PROCESSING']"));
		browser.press(Keys.ENTER);
		browser.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now being packed"));
		browser.waitUntil(b -> "queue-message".equals(browser.focused().getAttribute("data-testid")));

		browser.tabTo(By.cssSelector("[data-testid='queue-packing']"));
		browser.press(Keys.ENTER);
		By markShipped = By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='move-SHIPPED']");
		browser.waitUntil(ExpectedConditions.presenceOfElementLocated(markShipped));
		browser.tabTo(markShipped);
		browser.press(Keys.ENTER);
		browser.waitUntil(b -> "action-error".equals(browser.focused().getAttribute("data-testid")));
		assertThat(browser.focused().getText()).containsIgnoringCase("tracking");

		browser.tabTo(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='carrier']"));
		browser.press("DTDC", Keys.TAB, "D70012345", Keys.ENTER);
		browser.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now shipped"));
		browser.assertAccessible("manufacturer-orders-after-keyboard");
	}

	private void check(List<String> failures, String... paths) {
		for (String path : paths) {
			browser.open(path);
			checkHere(failures, path);
		}
	}

	/** Opens the first link the list page offers (a detail page) and checks it. */
	private void checkFirstLink(List<String> failures, String listPath, String linkSelector) {
		browser.open(listPath);
		List<WebElement> links = browser.driver().findElements(By.cssSelector(linkSelector));
		assertThat(links).as("a link to a detail page on " + listPath).isNotEmpty();
		browser.open(links.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
		checkHere(failures, "first of " + listPath);
	}

	private void checkHere(List<String> failures, String page) {
		try {
			browser.assertAccessible(page);
		}
		catch (AssertionError violations) {
			failures.add(violations.getMessage());
		}
	}

	private void signOut() {
		browser.open("/account/password");
		browser.clickTestId("sign-out");
		browser.waitUntil(ExpectedConditions.urlContains("/login"));
	}

}
