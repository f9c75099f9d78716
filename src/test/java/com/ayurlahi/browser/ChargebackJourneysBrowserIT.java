package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.UserManagement;

/**
 * The demo clinic pays in the Razorpay sandbox; the team has the sandbox's bank dispute
 * the payment from the order's page, sees the chargeback there and in the console's
 * chargebacks list with the date to respond by, and follows it to the order.
 */
@IntegrationTest
class ChargebackJourneysBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	@Test
	void theTeamRaisesASandboxChargebackAndSeesWhenToRespondBy() {
		OrderView order = placement.place(DemoData.clinic(users), List.of(DemoData.line(catalog, "SAP-TRI-100", 3)),
				null, OrderSource.WEB);
		try (Browser clinic = new Browser(port)) {
			clinic.signIn("clinic@demo.ayurlahi.in", "Demo@12345");
			clinic.open("/clinic/orders/" + order.id());
			clinic.clickTestId("pay-order");
			clinic.waitUntil(ExpectedConditions.titleIs("Razorpay sandbox checkout"));
			clinic.clickTestId("sandbox-pay");
			clinic.waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid='payment-outcome']"),
					"data-outcome", "captured"));
		}

		try (Browser admin = new Browser(port)) {
			admin.signIn("admin@demo.ayurlahi.in", "Demo@12345");
			admin.open("/admin/orders/" + order.id());
			admin.clickTestId("simulate-chargeback");
			admin.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid='flash']"),
					"The sandbox's bank disputed the payment of " + Money.format(order.total())));
			admin.waitUntil(driver -> {
				driver.navigate().refresh();
				return !driver
					.findElements(By.cssSelector("[data-testid='order-chargebacks'] [data-testid='chargeback-row']"))
					.isEmpty();
			});
			assertThat(admin
				.find(By.cssSelector("[data-testid='order-chargebacks'] [data-testid='chargeback-respond-by']"))
				.getText()).startsWith("respond by ");
			admin.screenshot("admin-order-chargeback");

			admin.clickTestId("nav-chargebacks");
			admin.waitUntil(ExpectedConditions.titleIs("Chargebacks · Admin console · Ayurlahi"));
			String row = "[data-testid='open-chargebacks'] [data-testid='chargeback-row'][data-order='"
					+ order.orderNumber() + "']";
			assertThat(admin.find(By.cssSelector(row + " [data-testid='chargeback-respond-by']")).getText())
				.startsWith("respond by ");
			assertThat(admin.find(By.cssSelector(row + " [data-testid='chargeback-amount']")).getText())
				.isEqualTo(Money.format(order.total()));
			assertThat(admin.find(By.cssSelector(row + " [data-testid='chargeback-status']")).getText())
				.isEqualTo("Open");
			admin.screenshot("admin-chargebacks");

			admin.click(By.cssSelector(row + " [data-testid='chargeback-order']"));
			admin.waitUntil(
					ExpectedConditions.textToBe(By.cssSelector("[data-testid='order-number']"), order.orderNumber()));
		}
	}

}
