package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.UserManagement;

/**
 * The demo clinic orders from both demo manufacturers: live search, a cart across two
 * manufacturers with its tax, checkout into two orders; the manufacturers fulfil them
 * (one in full, one without an item it can't supply) while the clinic's order page
 * follows by itself. The first order is paid in the Razorpay sandbox; the partly
 * fulfilled one is confirmed through the call the payments module makes.
 */
@IntegrationTest
class OrderingJourneysBrowserIT {

	private static final String DEMO_PASSWORD = "Demo@12345";

	private static final String CLINIC = "clinic@demo.ayurlahi.in";

	@LocalServerPort
	int port;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	Browser clinic;

	Browser maker;

	@BeforeEach
	void openBrowsers() {
		clinic = new Browser(port);
		maker = new Browser(port);
	}

	@AfterEach
	void closeBrowsers() {
		clinic.close();
		maker.close();
	}

	@Test
	void aClinicFillsACartFromTwoManufacturersChecksOutAndWatchesItsOrderDelivered() {
		clinic.signIn(CLINIC, DEMO_PASSWORD);
		clinic.clickTestId("nav-catalog");
		clinic.waitUntil(ExpectedConditions.titleIs("Catalog · Ayurlahi"));
		clinic.screenshot("clinic-catalog");

		search("ashwa", "3 products");
		clinic.screenshot("clinic-catalog-search");
		addFromCatalog("Ashwagandha Churna", "10");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-count']"), "1"));
		search("dhanwantharam tailam", "1 product");
		clinic.click(By.linkText("Dhanwantharam Tailam"));
		clinic.waitUntil(ExpectedConditions.titleIs("Dhanwantharam Tailam · Ayurlahi"));
		clinic.screenshot("clinic-product");
		WebElement quantity = clinic.byTestId("add-quantity");
		quantity.clear();
		quantity.sendKeys("4");
		clinic.clickTestId("add-to-cart");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-count']"), "2"));

		clinic.clickTestId("nav-cart");
		clinic.waitUntil(ExpectedConditions.titleIs("Cart · Ayurlahi"));
		assertThat(group("Sahyadri").getText()).contains("From Maharashtra to Kerala: IGST", "IGST ₹47.50", "₹997.50");
		assertThat(group("Vaidya").getText()).contains("Within Kerala: CGST + SGST", "CGST ₹19.00", "SGST ₹19.00",
				"₹798.00");
		assertThat(clinic.byTestId("cart-total").getText()).isEqualTo("₹1,795.50");
		clinic.screenshot("clinic-cart");

		WebElement line = clinic
			.find(By.cssSelector("[data-testid='cart-line'][data-sku='SAP-ASH-100'] [data-testid='line-quantity']"));
		line.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12", Keys.TAB);
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='cart-total']"), "₹1,995.00"));
		assertThat(group("Sahyadri").getText()).contains("IGST ₹57.00", "₹1,197.00");

		clinic.clickTestId("checkout");
		clinic.waitUntil(ExpectedConditions.titleIs("Checkout · Ayurlahi"));
		assertThat(clinic.find(By.id("addressLine1")).getAttribute("value")).isEqualTo("14/220 Round North");
		clinic.screenshot("clinic-checkout");
		clinic.clickTestId("place-orders");
		clinic.waitUntil(ExpectedConditions.titleIs("Your orders · Ayurlahi"));
		assertThat(clinic.byTestId("flash").getText()).contains("2 orders", "Sahyadri Ayurved Pharmacy Pvt Ltd",
				"Vaidya Herbal Formulations", "await payment");
		clinic.waitUntil(
				ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='cart-count']"), "data-count", "0"));
		clinic.screenshot("clinic-orders");

		clinic.click(By.xpath("//tr[@data-testid='order-row'][td[text()='Sahyadri Ayurved Pharmacy Pvt Ltd']]//a"));
		clinic.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='timeline']")));
		assertThat(clinic.byTestId("order-status").getText()).isEqualTo("Awaiting payment");
		assertThat(clinic.byTestId("order-total").getText()).isEqualTo("₹1,197.00");
		assertThat(clinic.byTestId("order-igst").getText()).isEqualTo("₹57.00");
		String orderNumber = clinic.byTestId("order-number").getText();
		UUID orderId = UUID.fromString(clinic.path().substring("/clinic/orders/".length()));
		clinic.screenshot("clinic-order-pending");

		clinic.clickTestId("pay-order");
		clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
		assertThat(clinic.byTestId("sandbox-amount").getText()).isEqualTo("₹1,197.00");
		assertThat(clinic.byTestId("sandbox-receipt").getText()).isEqualTo(orderNumber);
		clinic.screenshot("sandbox-checkout");
		clinic.clickTestId("sandbox-pay");
		clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
				"data-outcome", "captured"));
		assertThat(clinic.byTestId("payment-result").getText()).contains(orderNumber, "₹1,197.00", "Payment received");
		clinic.screenshot("clinic-payment-received");
		clinic.clickTestId("back-to-order");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Confirmed"));
		assertThat(clinic.driver().findElements(By.cssSelector("[data-testid='pay-card']"))).isEmpty();

		maker.signIn("maker@demo.ayurlahi.in", DEMO_PASSWORD);
		maker.clickTestId("nav-orders");
		maker.waitUntil(ExpectedConditions.titleIs("Orders · Ayurlahi"));
		maker.screenshot("manufacturer-orders");
		maker.click(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='move-PROCESSING']"));
		maker.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now being packed"));
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Being packed"));

		maker.clickTestId("queue-packing");
		maker.waitUntil(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-order='" + orderNumber + "']")));
		maker.find(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='carrier']")).sendKeys("DTDC");
		maker.find(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='tracking-number']"))
			.sendKeys("D70099887");
		maker.screenshot("manufacturer-orders-packing");
		maker.click(By.cssSelector("tr[data-order='" + orderNumber + "'] [data-testid='move-SHIPPED']"));
		maker.waitUntil(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='queue-message']"), "is now shipped"));
		clinic.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='shipment']"),
				"D70099887"));

		maker.open("/manufacturer/orders/" + orderId);
		assertThat(maker.byTestId("shipping-label").getText())
			.contains("Sree Dhanwantari Ayurveda Clinic", "32AAFCA1234K1Z3", "14/220 Round North", "Thrissur 680001")
			.doesNotContain("+919800000003", "clinic@demo.ayurlahi.in");
		maker.screenshot("manufacturer-order");
		maker.clickTestId("move-DELIVERED");
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"is now delivered"));

		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Delivered"));
		assertThat(clinic.byTestId("order-view").getAttribute("data-polling")).isEqualTo("false");
		assertThat(clinic.find(By.cssSelector("[data-testid='timeline']")).getText()).contains("Order placed",
				"Confirmed", "Being packed", "Shipped", "Delivered");
		clinic.screenshot("clinic-order-delivered");

		maker.clickTestId("nav-settlements");
		maker.waitUntil(ExpectedConditions.titleIs("Settlements · Ayurlahi"));
		assertThat(maker.find(By.cssSelector("[data-testid='settlement-row'][data-order='" + orderNumber + "']"))
			.getText()).contains("₹1,197.00");
		maker.screenshot("manufacturer-settlements");
	}

	@Test
	void aManufacturerCancelsAnItemItCanNotSupplyAndTheOrderEndsPartiallyFulfilled() {
		OrderView order = placement.place(DemoData.clinic(users),
				List.of(DemoData.line(catalog, "VHF-PIN-200", 3), DemoData.line(catalog, "VHF-MRA-200", 6)), null,
				OrderSource.WEB);
		clinic.signIn(CLINIC, DEMO_PASSWORD);
		clinic.open("/clinic/orders/" + order.id());
		assertThat(clinic.byTestId("order-total").getText()).isEqualTo("₹1,197.00");

		maker.signIn("kerala.maker@demo.ayurlahi.in", DEMO_PASSWORD);
		maker.open("/manufacturer/orders/" + order.id());
		WebElement kashayam = maker.find(By.cssSelector("[data-testid='order-item'][data-sku='VHF-MRA-200']"));
		kashayam.findElement(By.cssSelector("[data-testid='cancel-item-reason']"))
			.sendKeys("Out of stock until the next batch");
		maker.screenshot("manufacturer-cancel-item");
		maker.click(kashayam.findElement(By.cssSelector("[data-testid='cancel-item']")));
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"The item is cancelled"));
		assertThat(maker.byTestId("order-total").getText()).isEqualTo("₹535.50");
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-total']"), "₹535.50"));
		assertThat(clinic.find(By.cssSelector("[data-testid='order-item'][data-sku='VHF-MRA-200']")).getText())
			.contains("Cancelled: Out of stock until the next batch");

		orders.confirmPayment(order.id(), Actor.system());
		maker.open("/manufacturer/orders/" + order.id());
		maker.clickTestId("move-PROCESSING");
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"being packed"));
		maker.find(By.cssSelector("[data-testid='carrier']")).sendKeys("India Post");
		maker.clickTestId("move-SHIPPED");
		maker.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='action-error']")));
		assertThat(maker.byTestId("action-error").getText()).contains("tracking number");
		maker.find(By.cssSelector("[data-testid='tracking-number']")).sendKeys("EK123456789IN");
		maker.clickTestId("move-SHIPPED");
		maker.waitUntil(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"), "shipped"));
		maker.clickTestId("move-DELIVERED");
		maker.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
				"partially fulfilled"));

		clinic.waitUntil(
				ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-status']"), "Partially fulfilled"));
		clinic.screenshot("clinic-order-partially-fulfilled");
	}

	/** Types into the live search and waits for the results htmx swaps in. */
	private void search(String text, String resultCount) {
		WebElement box = clinic.byTestId("catalog-search");
		box.clear();
		box.sendKeys(text);
		clinic.waitUntil(ExpectedConditions.textToBe(By.cssSelector("[data-testid='result-count']"), resultCount));
	}

	private void addFromCatalog(String product, String quantity) {
		By card = By.xpath("//div[@data-testid='catalog-item'][.//a[text()='" + product + "']]");
		clinic.waitUntil(ExpectedConditions.presenceOfElementLocated(card));
		WebElement field = clinic.find(card).findElement(By.cssSelector("[data-testid='add-quantity']"));
		field.clear();
		field.sendKeys(quantity);
		clinic.click(clinic.find(card).findElement(By.cssSelector("[data-testid='add-to-cart']")));
		clinic.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By
			.xpath("//div[@data-testid='catalog-item'][.//a[text()='" + product + "']]//*[@data-testid='add-status']"),
				"In your cart"));
	}

	private WebElement group(String manufacturer) {
		return clinic.find(
				By.xpath("//section[@data-testid='cart-group'][.//strong[contains(text(), '" + manufacturer + "')]]"));
	}

}
